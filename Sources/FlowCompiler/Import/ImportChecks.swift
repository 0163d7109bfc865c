import FlowBackends
import FlowCore
import FlowFrontend

/// What keeps a Connect flow from being written as flowc source, each a located error: flowc
/// source cannot say "go to a block that does not exist", two blocks of one name, or the same
/// condition twice.
enum ImportChecks {
    static func problems(in graph: FlowGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let report = { (kind: DiagnosticKind, message: String, location: SourceLocation, block: String?) in
            problems.append(Diagnostic(kind, message + "; fix the flow in Connect and export it again", at: location,
                                       flow: graph.name, block: block))
        }
        if graph.blocks.isEmpty { report(.invalidValue, "the flow has no actions", graph.location, nil) }
        let index = graph.blockIndex
        if !graph.blocks.isEmpty && index[graph.start] == nil {
            report(.missingKey, "StartAction '\(graph.start)' names no action", graph.startLocation ?? graph.location, nil)
        }
        var seen = Set<BlockID>()
        for block in graph.blocks {
            if !seen.insert(block.id).inserted {
                report(.duplicateName, "two actions have the identifier '\(block.id)'", block.location, block.id.rawValue)
            }
            for outcome in block.outcomes where index[outcome.target] == nil {
                report(.unknownReference, "'\(block.id)' goes to '\(outcome.target)', which is not an action of the flow",
                       outcome.location ?? block.location, block.id.rawValue)
            }
            let keys = block.outcomes.compactMap { outcome -> String? in
                if case .condition(let condition) = outcome.kind { return condition.description }
                return nil
            }
            if Set(keys).count != keys.count {
                report(.invalidCondition, "'\(block.id)' tests the same condition twice", block.location, block.id.rawValue)
            }
        }
        return problems
    }
}
