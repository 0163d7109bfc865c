import FlowCore

/// The state of lowering one flow: what names resolve to, and the actions emitted so far.
struct FlowBuilder {
    let flow: String
    let kind: FlowKind
    let project: ProjectConfig
    /// Every flow and module of the project, by name.
    let flows: [String: FlowKind]
    /// The authored block names of this flow, in order (for suggestions) and as a set (to resolve).
    let blockNames: [String]
    private let blockNameSet: Set<String>
    let sink: ScopedSink
    private(set) var blocks: [Block] = []

    init(flow: String, kind: FlowKind, project: ProjectConfig, flows: [String: FlowKind], blockNames: [String],
         sink: ScopedSink) {
        self.flow = flow
        self.kind = kind
        self.project = project
        self.flows = flows
        self.blockNames = blockNames
        self.blockNameSet = Set(blockNames)
        self.sink = sink
    }

    mutating func add(_ block: Block) { blocks.append(block) }

    /// The block a transition names, or nil after reporting `unknown_reference`.
    func target(_ name: Located<String>, sink: ScopedSink) -> BlockID? {
        if blockNameSet.contains(name.value) { return BlockID(name.value) }
        sink.report(.unknownReference,
                    "no block named '\(name.value)' in \(flow)" + Suggestion.hint(for: name.value, in: blockNames),
                    at: name.location)
        return nil
    }

    /// An outcome to the named block, when it resolves.
    func outcome(_ kind: OutcomeKind, to name: Located<String>?, sink: ScopedSink) -> Outcome? {
        guard let name, let target = target(name, sink: sink) else { return nil }
        return Outcome(kind, to: target, at: name.location)
    }

    /// A reference to a resource, flow or module, or nil after reporting `unknown_reference`.
    func reference(_ kind: ResourceKind, _ name: Located<String>, sink: ScopedSink) -> ParameterValue? {
        let wanted: (FlowKind) -> Bool = { kind == .module ? $0 == .module : $0 != .module }
        if kind == .flow || kind == .module, let found = flows[name.value] {
            guard wanted(found) else {
                let actual = found == .module ? "a module" : "a flow"
                sink.report(.unknownReference, "'\(name.value)' is \(actual), not a \(kind.noun)", at: name.location)
                return nil
            }
            return .reference(ResourceReference(kind, name.value))
        }
        guard project.resources[kind]?[name.value] == nil else { return .reference(ResourceReference(kind, name.value)) }
        // Only an unknown name pays for listing the names it could have meant.
        let external = project.resources[kind].map { Array($0.keys) } ?? []
        let flowNames = kind == .flow || kind == .module ? Array(flows.filter { wanted($0.value) }.keys) : []
        let place = kind == .flow || kind == .module ? "in the project" : "under '\(kind.section)' in flowc.yaml"
        sink.report(.unknownReference, "no \(kind.noun) named '\(name.value)' \(place)"
                        + Suggestion.hint(for: name.value, in: (flowNames + external).sorted()), at: name.location)
        return nil
    }
}
