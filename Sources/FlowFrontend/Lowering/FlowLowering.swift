import FlowCore

/// Lowers a flow declaration to a `FlowGraph`: resolves the start block, lowers each block
/// through its form, then applies the flow's default `on_error`.
struct FlowLowering {
    let project: ProjectConfig
    /// Every flow and module of the project, by name.
    let flows: [String: FlowKind]
    let sink: DiagnosticSink

    func lower(_ declaration: FlowDeclaration) -> FlowGraph {
        let scoped = sink.scoped(flow: declaration.name.value)
        var builder = FlowBuilder(
            flow: declaration.name.value, kind: declaration.kind, project: project, flows: flows,
            blockNames: declaration.blockNames, sink: scoped)
        for block in declaration.blocks { block.lower(into: &builder) }
        var blocks = builder.blocks
        let authored = Dictionary(declaration.blocks.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        for position in blocks.indices {
            guard let source = authored[blocks[position].origin] else { continue }
            if blocks[position].id.rawValue == blocks[position].origin { blocks[position].suppressions = source.suppressions }
            blocks[position].pathLocations = source.pathLocations
            if blocks[position].action == "UpdateContactAttributes" {
                blocks[position].attributeLocations = source.form.attributeLocations
            }
        }
        let errorHandler = declaration.onError.flatMap { builder.target($0, sink: scoped) }
        if let handler = declaration.onError, let errorHandler {
            blocks = blocks.map { applyDefaultErrorBranch(to: $0, handler: errorHandler, at: handler.location) }
        }
        blocks = blocks.map { authored[$0.origin]?.isRaw == true ? $0 : addDesignerBranches(to: $0) }
        let start = declaration.start.flatMap { builder.target($0, sink: scoped) }
            ?? declaration.blocks.first.map(\.id) ?? BlockID("")
        var graph = FlowGraph(
            name: declaration.name.value, kind: declaration.kind, description: declaration.description, start: start,
            blocks: blocks, location: declaration.name.location)
        graph.errorHandler = errorHandler
        return graph
    }

    /// Adds the branches the designer always writes (`ActionSpec.designerErrors`, such as a
    /// transfer's QueueAtCapacity) where the block has none, going where its other errors go.
    private func addDesignerBranches(to block: Block) -> Block {
        guard let spec = block.spec, !spec.designerErrors.isEmpty,
            let fallback = block.outcomes.first(where: { $0.kind == .error("NoMatchingError") })
        else { return block }
        var block = block
        for type in spec.designerErrors where !block.outcomes.contains(where: { $0.kind == .error(type) }) {
            block.outcomes.append(Outcome(.error(type), to: fallback.target, at: fallback.location))
        }
        return block
    }

    /// Adds `NoMatchingError → handler` where the action can fail and has no such branch yet;
    /// never inside the handler block itself, which would retry its own failure forever.
    private func applyDefaultErrorBranch(to block: Block, handler: BlockID, at location: SourceLocation) -> Block {
        guard block.origin != handler.rawValue, block.spec?.errors.contains("NoMatchingError") == true,
            !block.outcomes.contains(where: { $0.kind == .error("NoMatchingError") })
        else { return block }
        var block = block
        block.outcomes.append(Outcome(.error("NoMatchingError"), to: handler, at: location))
        return block
    }
}
