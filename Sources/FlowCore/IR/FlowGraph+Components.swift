/// Reachability and strongly connected components, the graph facts most rules are built on.
/// Every function is O(blocks + outcomes) and iterative.
extension FlowGraph {
    /// Blocks reachable from `roots` along outcomes that `follow` accepts (missing targets are
    /// ignored).
    public func reachable(
        from roots: [BlockID], following follow: (Block, Outcome) -> Bool = { _, _ in true }
    ) -> Set<BlockID> {
        let index = blockIndex
        var seen = Set<BlockID>()
        var stack = roots.filter { index[$0] != nil }
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let position = index[id] else { continue }
            let block = blocks[position]
            for outcome in block.outcomes where follow(block, outcome) && index[outcome.target] != nil {
                if !seen.contains(outcome.target) { stack.append(outcome.target) }
            }
        }
        return seen
    }

    /// Blocks from which some block in `targets` can be reached along accepted outcomes.
    public func reaching(
        _ targets: Set<BlockID>, following follow: (Block, Outcome) -> Bool = { _, _ in true }
    ) -> Set<BlockID> {
        var predecessors: [BlockID: [BlockID]] = [:]
        for block in blocks {
            for outcome in block.outcomes where follow(block, outcome) {
                predecessors[outcome.target, default: []].append(block.id)
            }
        }
        var seen = Set<BlockID>()
        var stack = Array(targets)
        while let id = stack.popLast() {
            guard seen.insert(id).inserted else { continue }
            stack += predecessors[id, default: []].filter { !seen.contains($0) }
        }
        return seen
    }

    /// The cycles of the graph: strongly connected components with more than one block or a
    /// block that transitions to itself, along accepted outcomes only. Blocks in each component
    /// are in source order; components in order of their first block.
    public func cycles(following follow: (Block, Outcome) -> Bool = { _, _ in true }) -> [[BlockID]] {
        let index = blockIndex
        let successors: [[Int]] = blocks.map { block in
            block.outcomes.filter { follow(block, $0) }.compactMap { index[$0.target] }
        }
        return StronglyConnectedComponents.cycles(successors: successors).map { $0.map { blocks[$0].id } }
    }
}
