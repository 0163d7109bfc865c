import FlowCore

/// A flow file as written: the flow's header and its blocks, names still unresolved.
struct FlowDeclaration: Sendable {
    var name: Located<String>
    var kind: FlowKind
    var description: String?
    /// The block to start at; the first block when absent.
    var start: Located<String>?
    /// Where blocks that can fail go when they name no `on_error` of their own.
    var onError: Located<String>?
    var blocks: [BlockDeclaration]
    /// Every block name written, including blocks that could not be read, so that references
    /// to a broken block do not also report it as missing.
    var blockNames: [String]
    var file: String
}

/// One named block as written: its action form plus the keys every block shares.
struct BlockDeclaration: Sendable {
    var name: Located<String>
    /// The action keyword's position (`play:`), for diagnostics about the form as a whole.
    var formLocation: SourceLocation
    var form: any BlockForm
    var next: Located<String>?
    var onError: Located<String>?
    /// Branches for specific Connect error types: `QueueAtCapacity: full`.
    var errors: [(type: Located<String>, target: Located<String>)]
    var description: String?
    /// Rules silenced on this block, each with a reason.
    var suppressions: [Suppression]
    /// Where each `$.` path in the block is written.
    var pathLocations: [String: SourceLocation] = [:]

    var id: BlockID { BlockID(name.value) }

    /// The Connect action that `next`, `on_error` and `errors` attach to.
    var entryAction: String { form.entryAction }

    /// Whether the block takes `next`.
    var nextRule: NextRule { form.nextRule }

    /// Whether the block's transitions are written as Connect has them, unchecked.
    var isRaw: Bool { form.isRaw }

    /// Appends the block's actions to the graph under construction.
    func lower(into builder: inout FlowBuilder) { form.lower(self, into: &builder) }
}
