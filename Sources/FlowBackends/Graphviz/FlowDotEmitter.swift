import FlowCore

/// Emits one Graphviz file per flow, for review: `graphviz/NAME.dot`.
///
/// Nodes show the block name and action type; edges show the outcome. Error edges are dashed
/// and red, the start is marked, blocks that end the flow are grey octagons, and blocks whose
/// success leaves the flow (transfers) are green.
public struct FlowDotEmitter: Sendable {
    public init() {}

    public func emit(_ graph: FlowGraph, source: String) -> OutputFile {
        OutputFile(path: "graphviz/\(graph.name).dot", contents: render(graph, source: source))
    }

    public func render(_ graph: FlowGraph, source: String) -> String {
        var lines = [
            "digraph \(DOT.quoted(graph.name)) {",
            "  graph \(DOT.attributes([("rankdir", "LR"), ("label", "\(graph.name) (\(graph.kind))"), ("labelloc", "t"), ("fontname", "Helvetica")]));",
            "  node \(DOT.attributes([("shape", "box"), ("style", "rounded,filled"), ("fillcolor", "white"), ("fontname", "Helvetica")]));",
            "  edge \(DOT.attributes([("fontname", "Helvetica"), ("fontsize", "10")]));",
            "  \"__start\" \(DOT.attributes([("shape", "circle"), ("label", "start"), ("style", "filled"), ("fillcolor", "black"), ("fontcolor", "white")]));",
            "  \"__start\" -> \(DOT.quoted(graph.start.rawValue));",
        ]
        for block in graph.blocks {
            lines.append("  \(DOT.quoted(block.id.rawValue)) \(DOT.attributes(nodeAttributes(block)));")
            for outcome in block.outcomes {
                lines.append("  \(DOT.quoted(block.id.rawValue)) -> \(DOT.quoted(outcome.target.rawValue)) \(DOT.attributes(edgeAttributes(outcome)));")
            }
        }
        lines.append("}")
        return DOT.header(source) + lines.joined(separator: "\n") + "\n"
    }

    private func nodeAttributes(_ block: Block) -> [(String, String)] {
        var attributes = [("label", "\(block.id)\n\(block.action)")]
        switch block.spec?.exit {
        case .terminal: attributes += [("shape", "octagon"), ("fillcolor", "#dddddd")]
        case .leavesFlowOnSuccess: attributes += [("fillcolor", "#d9f2d9")]
        default: break
        }
        return attributes
    }

    private func edgeAttributes(_ outcome: Outcome) -> [(String, String)] {
        var attributes = [("label", outcome.kind.description)]
        if outcome.kind.isError {
            attributes += [("style", "dashed"), ("color", "#c0392b"), ("fontcolor", "#c0392b")]
        }
        return attributes
    }
}
