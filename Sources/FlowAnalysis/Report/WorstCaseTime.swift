import FlowCore

/// The longest time a caller can spend in a flow, counting what flowc can know statically:
/// input timeouts, synchronous Lambda timeouts and waits. Prompt durations are not counted.
///
/// Each cycle is collapsed into one node costing its blocks' time once per possible round
/// (retries + 1); the longest path over the resulting acyclic graph is the answer, found in
/// reverse topological order. An unbounded cycle on a path makes the time unbounded. O(blocks +
/// outcomes).
struct WorstCaseTime {
    let seconds: Int?

    init(_ flow: FlowGraph, cycles analysis: CycleAnalysis) {
        let index = flow.blockIndex
        guard index[flow.start] != nil else {
            seconds = 0
            return
        }
        // Node of each block: its cycle's number, or its own number after the cycles.
        let cycleCount = analysis.cycles.count
        let node: (BlockID) -> Int = { id in analysis.component[id] ?? cycleCount + index[id]! }
        let nodeCount = cycleCount + flow.blocks.count
        var cost = [Int?](repeating: 0, count: nodeCount)
        var successors = [Set<Int>](repeating: [], count: nodeCount)
        for block in flow.blocks {
            let from = node(block.id)
            cost[from] = Self.add(cost[from], Self.seconds(of: block))
            for outcome in block.outcomes where index[outcome.target] != nil && node(outcome.target) != from {
                successors[from].insert(node(outcome.target))
            }
        }
        for (number, cycle) in analysis.cycles.enumerated() {
            switch cycle.bound {
            case .counted(let retries): cost[number] = cost[number].map { $0 * (retries + 1) }
            case .callerChoice, .lambdaAnswer, .untilAnswered, .unbounded: cost[number] = nil
            }
        }
        seconds = Self.longestPath(from: node(flow.start), cost: cost, successors: successors)
    }

    /// Longest path over the acyclic graph of nodes (nil cost means unbounded), iterative DFS.
    private static func longestPath(from start: Int, cost: [Int?], successors: [Set<Int>]) -> Int? {
        var best = [Int??](repeating: .none, count: cost.count)
        var stack: [(node: Int, expanded: Bool)] = [(start, false)]
        while let (node, expanded) = stack.popLast() {
            if best[node] != nil { continue }
            if !expanded {
                stack.append((node, true))
                stack += successors[node].filter { best[$0] == nil }.map { ($0, false) }
                continue
            }
            var longest: Int? = 0
            for next in successors[node] { longest = max(longest, best[next] ?? 0) }
            best[node] = .some(add(cost[node], longest))
        }
        return best[start] ?? 0
    }

    private static func max(_ lhs: Int?, _ rhs: Int?) -> Int? {
        guard let lhs, let rhs else { return nil }
        return Swift.max(lhs, rhs)
    }

    private static func add(_ lhs: Int?, _ rhs: Int?) -> Int? {
        guard let lhs, let rhs else { return nil }
        return lhs + rhs
    }

    /// Seconds one action can hold the caller, as far as its parameters say.
    static func seconds(of block: Block) -> Int {
        let number = { (name: String) in block.string(name).flatMap(Int.init) ?? 0 }
        switch block.action {
        case "GetParticipantInput": return number("InputTimeLimitSeconds")
        case "InvokeLambdaFunction": return block.string("InvocationType")?.uppercased() == "ASYNCHRONOUS" ? 0 : number("InvocationTimeLimitSeconds")
        case "Wait": return Swift.max(number("TimeoutSeconds"), number("TimeLimitSeconds"))
        default: return 0
        }
    }
}
