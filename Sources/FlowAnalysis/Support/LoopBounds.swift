import FlowCore

/// The edges that bound cycles, and separately the edges another program's answer guards.
///
/// Bounding edges: a Loop action's ContinueLooping edge whose DoneLooping edge leaves the cycle
/// (the Loop returns ContinueLooping LoopCount times, then DoneLooping once, counting per action
/// identifier for the whole call: slug flow-control-actions-loop, [LOOPB]; a count shared
/// between visits only makes it smaller), and the in-cycle edges of a counter comparison
/// (`CounterBound`). Guarded edges: a comparison with a branch out of the cycle of a
/// `$.External` value computed by a Lambda call in the same cycle, or of a `$.Attributes` value
/// when the cycle invokes a module (modules answer through attributes) — bounded only as far as
/// that program decides.
///
/// Found innermost-last: once the outermost bounds are set aside, the cycles that remain are
/// examined again, so nested retry loops are bounded by their own Loop actions or counters.
/// Each round is O(blocks + outcomes); rounds are at most the loop nesting depth plus one.
struct LoopBounds {
    private var bounding = Set<Edge>()
    private var guarded: [Edge: BlockID] = [:]
    /// Extra rounds each bounding block allows: a Loop's count, a counter's chain length.
    private(set) var retries: [BlockID: Int] = [:]

    private struct Edge: Hashable {
        var from: BlockID
        var index: Int
    }

    init(_ flow: FlowGraph) {
        let index = flow.blockIndex
        while true {
            let components = flow.cycles { block, outcome in !isBounding(block, outcome) }
            var found = false
            for component in components {
                let members = Set(component)
                for id in component {
                    let block = flow.blocks[index[id]!]
                    guard let count = bound(block, members, flow: flow, index: index) else { continue }
                    retries[id] = count
                    for (position, outcome) in block.outcomes.enumerated()
                    where members.contains(outcome.target) && !isBounding(block, outcome) {
                        found = bounding.insert(Edge(from: id, index: position)).inserted || found
                    }
                }
            }
            if !found { break }
        }
        findGuards(flow, index: index)
    }

    /// Whether the outcome can only be taken again as long as a Lambda's or module's answer says so.
    func isGuardedByLambda(_ block: Block, _ outcome: Outcome) -> Bool { guardingComparison(of: block, outcome) != nil }

    /// The comparison whose answer guards the outcome, when one does.
    func guardingComparison(of block: Block, _ outcome: Outcome) -> BlockID? {
        guard !guarded.isEmpty, let position = block.outcomes.firstIndex(of: outcome) else { return nil }
        return guarded[Edge(from: block.id, index: position)]
    }

    /// Whether the outcome is one of the bounding edges.
    func isBounding(_ block: Block, _ outcome: Outcome) -> Bool {
        guard !bounding.isEmpty, let position = block.outcomes.firstIndex(of: outcome) else { return false }
        return bounding.contains(Edge(from: block.id, index: position))
    }

    /// The extra rounds `block` allows its cycle (`members`), when it bounds it; then its
    /// in-cycle edges are the bounding ones (for a Loop, the DoneLooping edge leaves anyway).
    private func bound(_ block: Block, _ members: Set<BlockID>, flow: FlowGraph, index: [BlockID: Int]) -> Int? {
        switch block.action {
        case "Loop":
            guard block.outcomes.contains(where: { $0.kind == .condition(.equals("DoneLooping")) && !members.contains($0.target) })
            else { return nil }
            return block.string("LoopCount").flatMap(Int.init).map { min(max($0, 0), 100) } ?? 100  // 0–100 by definition
        case "Compare":
            return CounterBound(block, in: members, flow: flow, index: index) { !isBounding($0, $1) }?.retries
        default:
            return nil
        }
    }

    private mutating func findGuards(_ flow: FlowGraph, index: [BlockID: Int]) {
        for component in flow.cycles(following: { block, outcome in !isBounding(block, outcome) }) {
            let members = Set(component)
            let actions = Set(component.map { flow.blocks[index[$0]!].action })
            var answers: [String] = []
            if actions.contains("InvokeLambdaFunction") { answers.append("$.External.") }
            if actions.contains("InvokeFlowModule") { answers.append("$.Attributes.") }
            for id in component where !answers.isEmpty {
                let block = flow.blocks[index[id]!]
                guard block.action == "Compare", let value = block.string("ComparisonValue"),
                    answers.contains(where: value.hasPrefix), block.outcomes.contains(where: { !members.contains($0.target) })
                else { continue }
                for (position, outcome) in block.outcomes.enumerated() where members.contains(outcome.target) {
                    guarded[Edge(from: id, index: position)] = id
                }
            }
        }
    }
}
