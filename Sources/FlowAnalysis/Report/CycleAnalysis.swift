import FlowCore

/// The flow's cycles (strongly connected components) with what bounds each.
struct CycleAnalysis {
    let cycles: [FlowReport.Cycle]
    /// Component number of each block in a cycle.
    let component: [BlockID: Int]

    init(_ flow: FlowGraph) {
        let bounds = LoopBounds(flow)
        let index = flow.blockIndex
        let components = flow.cycles()
        let unbounded = Set(flow.cycles { !bounds.isBounding($0, $1) }.joined())
        let involuntary = Set(flow.cycles { !bounds.isBounding($0, $1) && !$0.isCallerChoice($1) }.joined())
        let unguarded = Set(flow.cycles {
            !bounds.isBounding($0, $1) && !$0.isCallerChoice($1) && !bounds.isGuardedByLambda($0, $1)
        }.joined())
        var membership: [BlockID: Int] = [:]
        cycles = components.enumerated().map { number, members in
            members.forEach { membership[$0] = number }
            let blocks = members.map { flow.blocks[index[$0]!] }
            if flow.isWaitingLoop(members) { return FlowReport.Cycle(blocks: members, bound: .untilAnswered) }
            if members.contains(where: unguarded.contains) { return FlowReport.Cycle(blocks: members, bound: .unbounded) }
            if members.contains(where: involuntary.contains) { return FlowReport.Cycle(blocks: members, bound: .lambdaAnswer) }
            if members.contains(where: unbounded.contains) { return FlowReport.Cycle(blocks: members, bound: .callerChoice) }
            let bounding = blocks.filter { block in block.outcomes.contains { bounds.isBounding(block, $0) } }
            let counts = bounding.filter { $0.action == "Loop" }.map { $0.string("LoopCount").flatMap(Int.init) }
            guard !bounding.contains(where: { $0.action != "Loop" }), !counts.contains(nil) else {
                return FlowReport.Cycle(blocks: members, bound: .counter)
            }
            return FlowReport.Cycle(blocks: members, bound: .loop(retries: counts.compactMap { $0 }.reduce(0, +)))
        }
        component = membership
    }
}
