import FlowCore

/// The state of lowering one flow: what names resolve to, and the actions emitted so far.
struct FlowBuilder {
    let flow: String
    let kind: FlowKind
    let project: ProjectConfig
    /// Every flow and module of the project, by name.
    let flows: [String: FlowKind]
    /// The authored block names of this flow.
    let blockNames: [String]
    let sink: ScopedSink
    private(set) var blocks: [Block] = []

    init(flow: String, kind: FlowKind, project: ProjectConfig, flows: [String: FlowKind], blockNames: [String],
         sink: ScopedSink) {
        self.flow = flow
        self.kind = kind
        self.project = project
        self.flows = flows
        self.blockNames = blockNames
        self.sink = sink
    }

    mutating func add(_ block: Block) { blocks.append(block) }

    /// The block a transition names, or nil after reporting `unknown_reference`.
    func target(_ name: Located<String>, sink: ScopedSink) -> BlockID? {
        if blockNames.contains(name.value) { return BlockID(name.value) }
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
        let known: [String]
        switch kind {
        case .flow, .module:
            let wanted: (FlowKind) -> Bool = { kind == .module ? $0 == .module : $0 != .module }
            if let found = flows[name.value], !wanted(found) {
                let actual = found == .module ? "a module" : "a flow"
                sink.report(.unknownReference, "'\(name.value)' is \(actual), not a \(kind.noun)", at: name.location)
                return nil
            }
            let external = project.resources[kind].map { Array($0.keys) } ?? []
            known = (Array(flows.filter { wanted($0.value) }.keys) + external).sorted()
        default:
            known = project.resources[kind]?.keys.sorted() ?? []
        }
        guard known.contains(name.value) else {
            let place = kind == .flow || kind == .module ? "in the project" : "under '\(kind.section)' in flowc.yaml"
            sink.report(.unknownReference, "no \(kind.noun) named '\(name.value)' \(place)"
                            + Suggestion.hint(for: name.value, in: known), at: name.location)
            return nil
        }
        return .reference(ResourceReference(kind, name.value))
    }
}
