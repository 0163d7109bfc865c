import FlowCore

extension Frontend {
    /// One entry per flow or module name: the first file that declares it.
    struct FlowEntry {
        var kind: FlowKind
        var file: String
        var location: SourceLocation
    }

    /// The project's flows and modules by name, reporting names declared twice.
    static func flowTable(_ declarations: [FlowDeclaration], sink: DiagnosticSink) -> [String: FlowEntry] {
        var table: [String: FlowEntry] = [:]
        for declaration in declarations {
            let name = declaration.name
            if let first = table[name.value] {
                sink.report(Diagnostic(
                    .duplicateName, "flow '\(name.value)' is already defined in \(first.file)", at: name.location,
                    flow: name.value, notes: [Diagnostic.Note("first defined here", at: first.location)]))
                continue
            }
            table[name.value] = FlowEntry(kind: declaration.kind, file: declaration.file, location: name.location)
        }
        return table
    }

    /// Environments may bind only flows and modules that exist, each under its own section.
    static func checkFlowBindings(_ project: ProjectConfig, flows: [String: FlowEntry], sink: DiagnosticSink) {
        for environment in project.environments.values.sorted(by: { $0.name < $1.name }) {
            for (reference, location) in environment.bindingLocations.sorted(by: { $0.key < $1.key })
            where reference.kind == .flow || reference.kind == .module {
                let matches = flows.filter { ($0.value.kind == .module) == (reference.kind == .module) }
                guard matches[reference.name] == nil, !project.declares(reference.kind, reference.name) else { continue }
                sink.report(.unknownReference,
                            "environment '\(environment.name)' binds \(reference.kind.noun) '\(reference.name)', which the project does not define"
                                + Suggestion.hint(for: reference.name, in: matches.keys), at: location)
            }
        }
    }
}
