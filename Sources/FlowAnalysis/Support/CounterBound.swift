import FlowCore

/// Proves that a comparison of a counter attribute bounds its cycle: the retry counters flowc
/// lowers `retries:` to, and the same pattern written by hand.
///
/// In a strongly connected component C, a Compare `k` of `$.Attributes.K` bounds the cycles
/// through its in-C edges when
/// 1. each in-C edge is `Equals v` to a setter: an UpdateContactAttributes of the current
///    contact that writes a constant `c(v)` to K and whose only in-C way out is its success,
///    to one retry target T shared by all setters;
/// 2. nothing in C enters a setter but `k`;
/// 3. the values form an acyclic chain `v → c(v)`;
/// 4. any other writer of K in C (a reset to "0" on entering the block, or a module call,
///    which may write anything) is not T itself and cannot reach `k` without passing through T.
///
/// Then between two passes through `k` with no other writer in between, the counter moves one
/// step along the chain (1, 2), so `k`'s in-C edges can be taken at most the chain's length in
/// a row (3). A run that passes another writer infinitely often instead goes round a cycle
/// through that writer which, by (4), also exists without `k`'s edges, so setting those edges
/// aside loses no unbounded run: the later rounds of `LoopBounds` still see it.
/// Cost: O(blocks + outcomes of C).
struct CounterBound {
    /// How many times in a row the in-C edges can be taken: the retries the counter allows.
    let retries: Int

    init?(_ compare: Block, in members: Set<BlockID>, flow: FlowGraph, index: [BlockID: Int],
          active: (Block, Outcome) -> Bool) {
        guard compare.action == "Compare", let path = compare.string("ComparisonValue").flatMap(AttributePath.whole),
            path.namespace == "Attributes", path.keys.count == 1, let key = path.key
        else { return nil }
        func block(_ id: BlockID) -> Block { flow.blocks[index[id]!] }
        func inside(_ from: Block) -> [Outcome] { from.outcomes.filter { members.contains($0.target) && active(from, $0) } }
        let edges = inside(compare)
        guard !edges.isEmpty else { return nil }
        var chain: [String: String] = [:], setters = Set<BlockID>(), retryTarget: BlockID?
        for edge in edges {
            guard case .condition(let condition) = edge.kind, condition.comparison == .equals, condition.operands.count == 1,
                let written = Self.constant(written: key, by: block(edge.target))
            else { return nil }
            let exits = inside(block(edge.target))
            guard exits.count == 1, exits[0].kind == .next, retryTarget == nil || retryTarget == exits[0].target else { return nil }
            retryTarget = exits[0].target
            setters.insert(edge.target)
            if chain[condition.operands[0]] == nil { chain[condition.operands[0]] = written }
        }
        var predecessors: [BlockID: [BlockID]] = [:], otherWriters = Set<BlockID>()
        for id in members {
            let member = block(id)
            for outcome in inside(member) { predecessors[outcome.target, default: []].append(id) }
            if !setters.contains(id), member.action == "InvokeFlowModule" || Self.writes(key, member) { otherWriters.insert(id) }
        }
        guard setters.allSatisfy({ predecessors[$0, default: []].allSatisfy { $0 == compare.id } }),
            let length = Self.longestChain(chain),
            !otherWriters.contains(retryTarget!),
            otherWriters.isEmpty || !Self.reaches(otherWriters, compare.id, avoiding: retryTarget!, predecessors: predecessors)
        else { return nil }
        retries = length
    }

    /// The constant the block writes to `key`, when it is an attribute update of the current
    /// contact writing a constant there.
    private static func constant(written key: String, by block: Block) -> String? {
        guard writes(key, block), case .object(let attributes)? = block.parameters["Attributes"],
            let value = attributes[key]?.scalarText, !value.contains("$")
        else { return nil }
        return value
    }

    private static func writes(_ key: String, _ block: Block) -> Bool {
        guard block.action == "UpdateContactAttributes", (block.string("TargetContact") ?? "Current") == "Current",
            case .object(let attributes)? = block.parameters["Attributes"]
        else { return false }
        return attributes[key] != nil
    }

    /// The number of steps of the longest walk along `chain`, or nil when it has a cycle.
    private static func longestChain(_ chain: [String: String]) -> Int? {
        var length: [String: Int] = [:]
        for start in chain.keys where length[start] == nil {
            var walk: [String] = [], onWalk = Set<String>(), value = start
            while let next = chain[value], length[value] == nil {
                guard onWalk.insert(value).inserted else { return nil }
                walk.append(value)
                value = next
            }
            var steps = length[value] ?? 0
            for visited in walk.reversed() {
                steps += 1
                length[visited] = steps
            }
        }
        return length.values.max() ?? 0
    }

    /// Whether some block of `sources` can reach `target` without passing through `avoiding`,
    /// searching backwards from `target`.
    private static func reaches(_ sources: Set<BlockID>, _ target: BlockID, avoiding: BlockID,
                                predecessors: [BlockID: [BlockID]]) -> Bool {
        var seen: Set<BlockID> = [target], stack = [target]
        while let id = stack.popLast() {
            if sources.contains(id) { return true }
            for previous in predecessors[id, default: []] where previous != avoiding && seen.insert(previous).inserted {
                stack.append(previous)
            }
        }
        return false
    }
}
