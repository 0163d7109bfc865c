import FlowCore

/// Emits the project graph, `graphviz/_project.dot`: which flow transfers to, invokes or hooks
/// which. (Flow names cannot start with `_`, so the name never collides with a flow's file.)
public struct ProjectDotEmitter: Sendable {
    public static let path = "graphviz/_project.dot"

    public init() {}

    public func emit(_ flows: [FlowGraph], project: String) -> OutputFile {
        var lines = [
            "digraph \(DOT.quoted(project)) {",
            "  graph \(DOT.attributes([("rankdir", "LR"), ("label", "\(project): flows and modules"), ("labelloc", "t"), ("fontname", "Helvetica")]));",
            "  node \(DOT.attributes([("shape", "box"), ("style", "rounded"), ("fontname", "Helvetica")]));",
            "  edge \(DOT.attributes([("fontname", "Helvetica"), ("fontsize", "10")]));",
        ]
        for flow in flows {
            let shape = flow.kind == .module ? "component" : "box"
            lines.append("  \(DOT.quoted(flow.name)) \(DOT.attributes([("label", "\(flow.name)\n\(flow.kind)"), ("shape", shape)]));")
        }
        for flow in flows {
            for (target, label) in links(of: flow) {
                lines.append("  \(DOT.quoted(flow.name)) -> \(DOT.quoted(target)) \(DOT.attributes([("label", label)]));")
            }
        }
        lines.append("}")
        return OutputFile(path: Self.path, contents: DOT.header("the project's flows") + lines.joined(separator: "\n") + "\n")
    }

    /// (target flow, relation) for each distinct link, sorted.
    private func links(of flow: FlowGraph) -> [(String, String)] {
        var links = Set<[String]>()
        for block in flow.blocks {
            for (name, value) in block.parameters {
                for reference in value.references where reference.kind == .flow || reference.kind == .module {
                    links.insert([reference.name, relation(block, parameter: name, value: value)])
                }
            }
        }
        return links.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
    }

    private func relation(_ block: Block, parameter: String, value: ParameterValue) -> String {
        switch block.action {
        case "TransferToFlow": "transfers to"
        case "InvokeFlowModule": "invokes"
        case "UpdateContactEventHooks":
            if case .object(let hooks) = value, let event = hooks.keys.sorted().first { "hook: \(event)" } else { "hook" }
        case "CreateTask": "creates task"
        default: "\(block.action).\(parameter)"
        }
    }
}
