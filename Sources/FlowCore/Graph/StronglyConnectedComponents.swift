/// Tarjan's strongly connected components over a graph of integer nodes, iterative so that
/// deep graphs cannot overflow the stack. O(nodes + edges).
public enum StronglyConnectedComponents {
    /// The components that contain a cycle (more than one node, or a node with an edge to
    /// itself), each sorted, in order of their smallest node. `successors[n]` lists n's targets.
    public static func cycles(successors: [[Int]]) -> [[Int]] {
        let count = successors.count
        var order = [Int](repeating: -1, count: count), low = order
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = [], components: [[Int]] = []
        var counter = 0
        for root in 0..<count where order[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            order[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (node, next) = work.last {
                if next < successors[node].count {
                    work[work.count - 1].next += 1
                    let target = successors[node][next]
                    if order[target] < 0 {
                        order[target] = counter; low[target] = counter; counter += 1
                        stack.append(target); onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], order[target])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == order[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 || successors[node].contains(node) { components.append(component.sorted()) }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }
}
