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

    /// Longest path over the graph of nodes (nil cost means unbounded), iterative DFS visiting
    /// each node once. The graph is acyclic when the cycle analysis saw every cycle; when it
    /// could not (blocks sharing an identifier in Connect JSON), a cycle left in it is found as an
    /// edge back to a node still being visited and makes the time unbounded, rather than being
    /// walked forever (issue 14: this loop grew without bound).
    private static func longestPath(from start: Int, cost: [Int?], successors: [Set<Int>]) -> Int? {
        enum Visit { case new, open, done }
        var visit = [Visit](repeating: .new, count: cost.count)
        var best = [Int?](repeating: 0, count: cost.count)
        var stack: [(node: Int, expanded: Bool)] = [(start, false)]
        while let (node, expanded) = stack.popLast() {
            if !expanded {
                switch visit[node] {
                case .done: continue
                case .open: return nil
                case .new: break
                }
                visit[node] = .open
                stack.append((node, true))
                for next in successors[node] where visit[next] != .done {
                    if visit[next] == .open { return nil }
                    stack.append((next, false))
                }
                continue
            }
            var longest: Int? = 0
            for next in successors[node] { longest = max(longest, best[next]) }
            best[node] = add(cost[node], longest)
            visit[node] = .done
        }
        return best[start]
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
