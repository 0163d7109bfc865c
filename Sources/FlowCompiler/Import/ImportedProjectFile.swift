import FlowCore

/// The `flowc.yaml` an import writes: the resources it found, each bound to its original ARN in
/// the default environment `imported`, with Lambda inputs as the flows call them.
struct ImportedProjectFile {
    static let environment = "imported"

    let project: String
    let resources: ImportedResources

    var text: String {
        var lines = [
            "# Written by `flowc import`. Each resource is named after the ARN or template it was found",
            "# as; the environment '\(Self.environment)' binds the names back, so building reproduces the flows.",
            "project: \(project)",
            "flows: .",
            "default_environment: \(Self.environment)",
        ]
        let byKind = Dictionary(grouping: resources.bindings.keys, by: \.kind)
        for (section, kind) in Self.sections {
            guard let references = byKind[kind]?.filter({ !resources.projectFlows.contains($0) }), !references.isEmpty else { continue }
            lines.append("\(section):")
            for reference in references.sorted() { lines += entry(reference) }
        }
        lines += ["environments:", "  \(Self.environment):"]
        for (section, kind) in Self.bindingSections {
            guard let references = byKind[kind], !references.isEmpty else { continue }
            lines.append("    \(section):")
            lines += references.sorted().map { "      \($0.name): \(quoted(resources.bindings[$0]!))" }
        }
        if byKind.isEmpty { lines[lines.count - 1] += " {}" }
        return lines.joined(separator: "\n") + "\n"
    }

    private static let sections: [(String, ResourceKind)] = [
        ("queues", .queue), ("hours", .hours), ("prompts", .prompt), ("lex_bots", .lexBot), ("lambdas", .lambda),
        ("external_flows", .flow), ("external_modules", .module),
    ]
    private static let bindingSections: [(String, ResourceKind)] = [
        ("queues", .queue), ("hours", .hours), ("prompts", .prompt), ("lex_bots", .lexBot), ("lambdas", .lambda),
        ("flows", .flow), ("modules", .module),
    ]

    private func entry(_ reference: ResourceReference) -> [String] {
        guard reference.kind == .lambda else { return ["  \(reference.name): Imported"] }
        var lines = ["  \(reference.name):"]
        if let response = resources.responseType(of: reference.name), ["JSON", "STRING_MAP"].contains(response) {
            lines.append("    response: \(response.lowercased())")
        }
        let inputs = (resources.lambdaInputs[reference.name] ?? []).sorted()
        if inputs.isEmpty { return lines.count == 1 ? ["  \(reference.name): Imported"] : lines }
        lines.append("    inputs:")
        lines += inputs.map { "      \(quoted($0)): { type: string, required: false }" }
        return lines
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
