import FlowCore

/// Writes a flow graph as flowc source: the decompiler behind `flowc import`.
///
/// Each block takes its friendly form when one fits and the generic `action:` form otherwise
/// (always for the blocks in `generic`). References must already be symbolic; designer-only
/// metadata is not part of the IR and is not written.
public struct FlowYAMLEmitter: Sendable {
    /// Block names by original id (from `BlockNamer`).
    public let names: [BlockID: String]
    /// Blocks to write in the generic form whatever fits.
    public let generic: Set<BlockID>
    /// Rules to suppress on blocks, with the reason to write.
    public let suppressions: [BlockID: [(rule: String, reason: String)]]

    public init(names: [BlockID: String], generic: Set<BlockID> = [],
                suppressions: [BlockID: [(rule: String, reason: String)]] = [:]) {
        self.names = names
        self.generic = generic
        self.suppressions = suppressions
    }

    /// The flow file's text; `comments` are written at the top, one per line.
    public func render(_ graph: FlowGraph, comments: [String]) -> String {
        let name = { (id: BlockID) in self.names[id] ?? id.rawValue }
        var lines = comments.map { "# \($0)" }
        lines.append(graph.kind == .module ? "module: \(graph.name)" : "flow: \(graph.name)")
        if case .flow(let type) = graph.kind { lines.append("type: \(type.rawValue)") }
        if let description = graph.description { lines.append("description: \(YAMLText.quoted(description))") }
        if graph.blocks.first?.id != graph.start { lines.append("start: \(name(graph.start))") }
        lines.append("blocks:")
        for block in graph.blocks {
            lines.append("  \(name(block.id)):")
            let outcomes = OutcomeLines(block: block, name: name)
            let friendly = generic.contains(block.id) ? nil : FriendlyForms.render(block, outcomes: outcomes)
            lines += friendly ?? genericForm(block, outcomes: outcomes)
            if let silenced = suppressions[block.id], !silenced.isEmpty {
                lines.append("    suppress:")
                lines += silenced.map { "      \($0.rule): \(YAMLText.quoted($0.reason))" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The blocks written in the generic form.
    public func genericBlocks(in graph: FlowGraph) -> [BlockID] {
        let name = { (id: BlockID) in self.names[id] ?? id.rawValue }
        return graph.blocks.filter { block in
            generic.contains(block.id) || FriendlyForms.render(block, outcomes: OutcomeLines(block: block, name: name)) == nil
        }.map(\.id)
    }

    /// `action: { type, parameters, conditions }` plus `next`, `on_error` and `errors`.
    func genericForm(_ block: Block, outcomes: OutcomeLines) -> [String] {
        var lines = ["    action:", "      type: \(YAMLText.string(block.action))"]
        if !block.parameters.isEmpty {
            lines += YAMLText.lines("parameters", .object(block.parameters), indent: 6)
        }
        if !outcomes.conditions.isEmpty {
            lines.append("      conditions:")
            for (condition, target) in outcomes.conditions {
                lines.append("        \(OutcomeLines.key(for: condition) ?? "\"\""): \(outcomes.name(target))")
            }
        }
        // Where success leaves the flow, Connect never takes NextAction; flowc writes none.
        return lines + (block.spec?.exit == .leavesFlowOnSuccess ? outcomes.catchAllOnly : outcomes.common)
    }
}
