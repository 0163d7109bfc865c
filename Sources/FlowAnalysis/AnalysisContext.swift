import FlowCore

/// What the rules see: every flow of the project (or the one flow being checked) and the kind
/// of each flow by name, for rules about references between flows.
public struct AnalysisContext: Sendable {
    public let flows: [FlowGraph]
    /// Flow and module kinds by name; empty for a lone Connect JSON file.
    public let kinds: [String: FlowKind]

    public init(flows: [FlowGraph]) {
        self.flows = flows
        var kinds: [String: FlowKind] = [:]
        for flow in flows where flow.format == .flowLanguage { kinds[flow.name] = flow.kind }
        self.kinds = kinds
    }
}
