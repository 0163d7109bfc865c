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
            if flow.isWaitingLoop(members, index: index) { return FlowReport.Cycle(blocks: members, bound: .untilAnswered) }
            if members.contains(where: unguarded.contains) { return FlowReport.Cycle(blocks: members, bound: .unbounded) }
            if members.contains(where: involuntary.contains) {
                return FlowReport.Cycle(blocks: members, bound: .lambdaAnswer(decidedBy: Self.guards(members, flow, bounds, index)))
            }
            if members.contains(where: unbounded.contains) { return FlowReport.Cycle(blocks: members, bound: .callerChoice) }
            return FlowReport.Cycle(blocks: members, bound: .counted(retries: Self.rounds(members.compactMap { bounds.retries[$0] }) - 1))
        }
        component = membership
    }

    /// The comparisons of a Lambda's or module's answer that decide whether the cycle repeats.
    private static func guards(_ members: [BlockID], _ flow: FlowGraph, _ bounds: LoopBounds, _ index: [BlockID: Int]) -> [BlockID] {
        members.filter { id in
            let block = flow.blocks[index[id]!]
            return block.outcomes.contains { bounds.guardingComparison(of: block, $0) != nil }
        }
    }

    /// Rounds a cycle group allows when its bounds nest: the product of each bound's rounds
    /// (retries + 1), an upper bound whether they nest or follow each other; capped at a million.
    private static func rounds(_ retries: [Int]) -> Int {
        retries.reduce(1) { total, extra in
            let (product, overflow) = total.multipliedReportingOverflow(by: extra + 1)
            return overflow ? 1_000_000 : min(product, 1_000_000)
        }
    }
}
