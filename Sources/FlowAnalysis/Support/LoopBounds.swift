import FlowCore

/// The edges that bound cycles: a Loop's ContinueLooping edge whose DoneLooping edge leaves the
/// cycle, and the in-cycle edges of a comparison of a counter attribute with a constant that has
/// a branch out of the cycle.
///
/// Found innermost-last: once the outermost bounds are set aside, the cycles that remain are
/// examined again, so nested retry loops are bounded by their own Loop actions. Each round is
/// O(blocks + outcomes); rounds are at most the loop nesting depth plus one.
struct LoopBounds {
    private var bounding = Set<Edge>()

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
            if !found { return }
        }
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
