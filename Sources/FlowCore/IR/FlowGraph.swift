/// The language a flow graph was read from.
public enum SourceFormat: String, Sendable, Hashable {
    /// flowc's YAML flow language: Connect identifiers are assigned when emitting.
    case flowLanguage
    /// Connect flow-language JSON: block ids are the flow's own `Identifier`s.
    case connectJSON
}

/// One flow or module as a graph of Connect actions: the IR every analysis and emitter reads.
///
/// Blocks are kept in source order (lowered parts right after the block they came from), which
/// is also the order emitters write them in.
public struct FlowGraph: Sendable, Hashable {
    public var name: String
    public var kind: FlowKind
    public var description: String?
    /// The block the flow starts at.
    public var start: BlockID
    public var blocks: [Block]
    /// Where the flow is declared (its name).
    public var location: SourceLocation
    /// Where the start block is named, when it is named explicitly.
    public var startLocation: SourceLocation?
    /// What the graph was read from; Connect JSON keeps its own identifiers.
    public var format: SourceFormat
    /// The flow's own `on_error` block, where every block that can fail goes unless it says
    /// otherwise (flowc language only).
    public var errorHandler: BlockID?

    public init(
        name: String, kind: FlowKind, description: String? = nil, start: BlockID, blocks: [Block],
        location: SourceLocation, startLocation: SourceLocation? = nil, format: SourceFormat = .flowLanguage
    ) {
        self.name = name
        self.kind = kind
        self.description = description
        self.start = start
        self.blocks = blocks
        self.location = location
        self.startLocation = startLocation
        self.format = format
    }

    /// Position of every block in `blocks`, by id. The first block wins when ids repeat.
    public var blockIndex: [BlockID: Int] {
        var index: [BlockID: Int] = [:]
        for (position, block) in blocks.enumerated() where index[block.id] == nil {
            index[block.id] = position
        }
        return index
    }
}
