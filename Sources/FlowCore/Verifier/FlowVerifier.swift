/// Checks the invariants every `FlowGraph` must hold after lowering.
///
/// A failure is a bug in flowc, not in the input: the frontend reports every input problem
/// itself and never hands the verifier a graph built from broken source. The verifier runs
/// between lowering and emission, like the checker after each pass of an SSA compiler.
/// Cost: O(blocks + outcomes).
public enum FlowVerifier {
    /// Every broken invariant of `graph`, as `internal_error` diagnostics.
    public static func verify(_ graph: FlowGraph) -> [Diagnostic] {
        var problems: [(String, Block?)] = []
        var seen = Set<BlockID>()
        for block in graph.blocks where !seen.insert(block.id).inserted {
            problems.append(("block id '\(block.id)' is used twice", block))
        }
        if !seen.contains(graph.start) {
            problems.append(("the start block '\(graph.start)' does not exist", nil))
        }
        for block in graph.blocks {
            problems += check(block, known: seen).map { ($0, block) }
        }
        return problems.map { message, block in
            Diagnostic(
                .internalError, message, at: block?.location ?? graph.location, flow: graph.name,
                block: block?.origin)
        }
    }

    private static func check(_ block: Block, known: Set<BlockID>) -> [String] {
        var problems: [String] = []
        if block.spec?.isTerminal == true && !block.outcomes.isEmpty {
            problems.append("terminal action '\(block.id)' (\(block.action)) has transitions")
        }
        for outcome in block.outcomes where !known.contains(outcome.target) {
            problems.append("'\(block.id)' transitions to missing block '\(outcome.target)'")
        }
        if block.outcomes.filter({ $0.kind == .next }).count > 1 {
            problems.append("'\(block.id)' has more than one next transition")
        }
        var errorTypes = Set<String>()
        for case .error(let type) in block.outcomes.map(\.kind) where !errorTypes.insert(type).inserted {
            problems.append("'\(block.id)' has two branches for error '\(type)'")
        }
        return problems
    }
}
