import FlowCore

/// What the rules see: every flow of the project (or the one flow being checked), the kind of
/// each flow by name, what flowc.yaml declares beyond the flows, and the attribute data flow,
/// computed once for all the rules that read it.
public struct AnalysisContext: Sendable {
    public let flows: [FlowGraph]
    /// Flow and module kinds by name; empty for a lone Connect JSON file.
    public let kinds: [String: FlowKind]
    /// Flows and modules the project refers to but does not define; their kinds are unknown.
    public let external: Set<String>
    /// Lambda contracts, prompt durations and external attributes; empty for Connect JSON.
    public let declarations: ProjectDeclarations
    let dataFlow: ProjectDataFlow

    public init(flows: [FlowGraph], external: Set<String> = [], declarations: ProjectDeclarations = ProjectDeclarations()) {
        self.flows = flows
        self.external = external
        self.declarations = declarations
        var kinds: [String: FlowKind] = [:]
        for flow in flows where flow.format == .flowLanguage { kinds[flow.name] = flow.kind }
        self.kinds = kinds
        dataFlow = ProjectDataFlow(flows, declarations: declarations)
    }
}
