import FlowCore

/// One friendly form of block, such as `play:` or `menu:`: how its keyword's value is read and
/// how it lowers to Connect actions.
///
/// Each form lives in its own file under `Blocks/` and is listed in `BlockForms.all`.
protocol BlockForm: Sendable {
    /// The key that selects this form in a block (`play`).
    static var keyword: String { get }
    /// Reads the keyword's value, reporting problems; nil when nothing usable was written.
    init?(_ value: YAMLNode, context: ReadContext)

    /// The Connect action that `next`, `on_error` and `errors` attach to.
    var entryAction: String { get }

    /// Whether the block takes `next`. By default: when the entry action continues the flow.
    var nextRule: NextRule { get }

    /// Whether the form writes Connect's own transitions unchecked (the generic form): any error
    /// type may have a branch, as exports from the Connect designer do.
    var isRaw: Bool { get }

    /// Where each contact attribute the form sets is named, by attribute.
    var attributeLocations: [String: SourceLocation] { get }

    /// Appends the block's actions to the graph under construction.
    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder)
}

/// Whether a block of some form takes `next`.
enum NextRule: Sendable {
    case required
    /// The block may name `next` or leave it out.
    case optional
    /// `next` makes no sense for the form; the string says why.
    case forbidden(String)
}

extension BlockForm {
    /// Reads a form of this type as an existential, for the registry.
    static func read(_ value: YAMLNode, context: ReadContext) -> (any BlockForm)? {
        Self(value, context: context)
    }

    var isRaw: Bool { false }

    var attributeLocations: [String: SourceLocation] { [:] }

    var nextRule: NextRule {
        switch ActionCatalogue.spec(for: entryAction)?.exit ?? .continues {
        case .continues: .required
        case .leavesFlowOnSuccess: .forbidden("\(entryAction) leaves the flow when it succeeds")
        case .terminal: .forbidden("\(entryAction) ends the flow")
        }
    }
}

/// What a form may consult while reading its value.
struct ReadContext {
    let sink: ScopedSink
    let flowKind: FlowKind
    let defaults: ProjectDefaults
    /// The block's name, for messages.
    let block: String
    /// The file's text, to find where paths inside values are written.
    let source: SourceLines
}

extension ReadContext {
    /// The reader of a form's mapping, with its unknown keys already reported; nil (after
    /// reporting) when the value is not a mapping.
    func reader(_ value: YAMLNode, for keyword: String, known keys: [String]) -> MappingReader? {
        guard let mapping = sink.mapping(value, for: keyword) else { return nil }
        let reader = MappingReader(mapping, subject: "\(keyword) '\(block)'", sink: sink)
        reader.finish(known: keys)
        return reader
    }
}

/// A form that lowers to exactly one action: parameters plus the block's common outcomes and
/// any conditions of its own.
protocol SingleActionForm: BlockForm {
    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue]
    /// Outcomes besides `next`, `on_error` and `errors` (conditions, named error branches).
    func outcomes(_ builder: FlowBuilder, of block: BlockDeclaration, sink: ScopedSink) -> [Outcome]
}

extension SingleActionForm {
    func outcomes(_ builder: FlowBuilder, of block: BlockDeclaration, sink: ScopedSink) -> [Outcome] { [] }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let own = outcomes(builder, of: block, sink: sink)
        let action = Block(
            id: block.id, action: entryAction, parameters: parameters(builder, sink: sink),
            outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location)
        builder.add(action)
    }
}
