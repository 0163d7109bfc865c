import FlowCore

/// Canvas positions for the Connect designer: a layered layout, flowing left to right.
///
/// Each block's layer is the longest path to it from the start once the edges that close
/// cycles are set aside, so every transition (but loops back) points right. Within a layer,
/// blocks keep the order a depth-first walk meets them, so branches stay near their source.
/// O(blocks + outcomes).
public struct LayeredLayout: Sendable {
    /// A point on the designer's canvas.
    public struct Point: Hashable, Sendable {
        public var x: Int
        public var y: Int
    }

    public static let origin = Point(x: 240, y: 40)
    public static let columnWidth = 300
    public static let rowHeight = 200

    public let positions: [BlockID: Point]

    public init(_ graph: FlowGraph) {
        let search = graph.depthFirstSearch()
        let index = graph.blockIndex
        var layer: [BlockID: Int] = [:]
        for id in search.postorder.reversed() {
            let current = layer[id, default: 0]
            layer[id] = current
            guard let position = index[id] else { continue }
            for target in graph.blocks[position].successors
            where !search.backEdges.contains(FlowGraph.Edge(from: id, to: target)) && index[target] != nil {
                layer[target] = max(layer[target, default: 0], current + 1)
            }
        }
        var rows: [Int: Int] = [:]
        var positions: [BlockID: Point] = [:]
        for id in search.preorder {
            let column = layer[id, default: 0]
            let row = rows[column, default: 0]
            rows[column] = row + 1
            positions[id] = Point(x: Self.origin.x + column * Self.columnWidth, y: Self.origin.y + row * Self.rowHeight)
        }
        self.positions = positions
    }
}
