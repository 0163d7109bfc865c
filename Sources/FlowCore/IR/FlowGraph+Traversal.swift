/// Depth-first traversal of a flow graph, the base of layout and of the analyses.
extension FlowGraph {
    /// The result of one depth-first search over every block.
    public struct DepthFirstSearch: Sendable {
        /// Blocks in the order they were first reached: from the start first, then from each
        /// block still unvisited, in source order.
        public var preorder: [BlockID]
        /// Blocks in the order they were finished; reversed, a topological order of the graph
        /// without its back edges.
        public var postorder: [BlockID]
        /// Edges (source, target) that close a cycle: the target was on the search path.
        public var backEdges: Set<Edge>
    }

    /// A transition between two blocks, without its kind.
    public struct Edge: Hashable, Sendable {
        public var from: BlockID
        public var to: BlockID

        public init(from: BlockID, to: BlockID) {
            self.from = from
            self.to = to
        }
    }

    /// Iterative depth-first search following outcomes in order; ignores missing targets.
    /// O(blocks + outcomes), and no recursion, so deep graphs cannot overflow the stack.
    public func depthFirstSearch() -> DepthFirstSearch {
        let index = blockIndex
        var state = [UInt8](repeating: 0, count: blocks.count)  // 0 new, 1 on path, 2 done
        var result = DepthFirstSearch(preorder: [], postorder: [], backEdges: [])
        let roots = [start] + blocks.map(\.id)
        for root in roots {
            guard let rootPosition = index[root], state[rootPosition] == 0 else { continue }
            var stack: [(position: Int, next: Int)] = [(rootPosition, 0)]
            state[rootPosition] = 1
            result.preorder.append(root)
            while let top = stack.last {
                let block = blocks[top.position]
                guard top.next < block.outcomes.count else {
                    state[top.position] = 2
                    result.postorder.append(block.id)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let target = block.outcomes[top.next].target
                guard let position = index[target] else { continue }
                switch state[position] {
                case 0:
                    state[position] = 1
                    result.preorder.append(target)
                    stack.append((position, 0))
                case 1:
                    result.backEdges.insert(Edge(from: block.id, to: target))
                default:
                    break
                }
            }
        }
        return result
    }
}
