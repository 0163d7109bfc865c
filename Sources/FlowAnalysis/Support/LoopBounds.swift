import FlowCore

/// The edges that bound cycles: a Loop's ContinueLooping edge whose DoneLooping edge leaves the
/// cycle, and the in-cycle edges of a comparison of a counter attribute with a constant that has
/// a branch out of the cycle. Separately, the edges another program's answer guards: a
/// comparison with a branch out of the cycle of a `$.External` value computed by a Lambda call in
/// the same cycle, or of a `$.Attributes` value when the cycle invokes a module (modules answer
/// through attributes) — bounded only as far as that program decides.
///
/// Found innermost-last: once the outermost bounds are set aside, the cycles that remain are
/// examined again, so nested retry loops are bounded by their own Loop actions. Each round is
/// O(blocks + outcomes); rounds are at most the loop nesting depth plus one.
struct LoopBounds {
    private var bounding = Set<Edge>()
    private var guarded = Set<Edge>()

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
                    for (position, outcome) in block.outcomes.enumerated()
                    where members.contains(outcome.target) && Self.bounds(block, members, flow: flow, index: index) {
                        found = bounding.insert(Edge(from: id, index: position)).inserted || found
                    }
                }
            }
            if !found { break }
        }
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
                    guarded.insert(Edge(from: id, index: position))
                }
            }
        }
    }

    /// Whether the outcome can only be taken again as long as a Lambda's or module's answer says so.
    func isGuardedByLambda(_ block: Block, _ outcome: Outcome) -> Bool {
        guard !guarded.isEmpty, let position = block.outcomes.firstIndex(of: outcome) else { return false }
        return guarded.contains(Edge(from: block.id, index: position))
    }

    /// Whether the outcome is one of the bounding edges.
    func isBounding(_ block: Block, _ outcome: Outcome) -> Bool {
        guard !bounding.isEmpty, let position = block.outcomes.firstIndex(of: outcome) else { return false }
        return bounding.contains(Edge(from: block.id, index: position))
    }

    /// Whether `block` limits how often its cycle (`members`) repeats.
    private static func bounds(_ block: Block, _ members: Set<BlockID>, flow: FlowGraph, index: [BlockID: Int]) -> Bool {
        let leaves = block.outcomes.contains { !members.contains($0.target) }
        switch block.action {
        case "Loop":
            return block.outcomes.contains { $0.kind == .condition(.equals("DoneLooping")) && !members.contains($0.target) }
        case "Compare":
            guard leaves, let value = block.string("ComparisonValue"), value.hasPrefix("$.Attributes."),
                block.conditions.contains(where: { $0.condition.comparison.isNumeric })
            else { return false }
            let key = String(value.dropFirst("$.Attributes.".count))
            return members.contains { id in
                guard let setter = index[id].map({ flow.blocks[$0] }), setter.action == "UpdateContactAttributes",
                    case .object(let attributes)? = setter.parameters["Attributes"]
                else { return false }
                return attributes[key] != nil
            }
        default:
            return false
        }
    }
}
