import FlowCore

/// What the rules see: every flow of the project (or the one flow being checked) and the kind
/// of each flow by name, for rules about references between flows.
public struct AnalysisContext: Sendable {
    public let flows: [FlowGraph]
    /// Flow and module kinds by name; empty for a lone Connect JSON file.
    public let kinds: [String: FlowKind]
    /// Flows and modules the project refers to but does not define; their kinds are unknown.
    public let external: Set<String>

    public init(flows: [FlowGraph], external: Set<String> = []) {
        self.flows = flows
        self.external = external
        var kinds: [String: FlowKind] = [:]
        for flow in flows where flow.format == .flowLanguage { kinds[flow.name] = flow.kind }
        self.kinds = kinds
    }
}
