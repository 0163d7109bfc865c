import FlowCore

/// Reads one flow or module file into a `FlowDeclaration`.
///
///     flow: main-ivr            # or `module: authenticate`
///     type: CONTACT_FLOW        # flows only; CONTACT_FLOW when absent
///     description: Main inbound IVR
///     start: greeting           # the first block when absent
///     on_error: apology         # default error branch for blocks that can fail
///     blocks:
///       greeting: { play: "Welcome", next: menu }
struct FlowReader {
    let file: String
    let sink: DiagnosticSink
    let defaults: ProjectDefaults
    let source: SourceLines

    static let headerKeys = ["flow", "module", "type", "description", "start", "on_error", "blocks"]

    func read(_ root: YAMLNode) -> FlowDeclaration? {
        let fileSink = sink.scoped(flow: nil)
        guard let mapping = fileSink.mapping(root, for: file) else { return nil }
        let header = MappingReader(mapping, subject: "the flow file", sink: fileSink)
        header.finish(known: Self.headerKeys)
        guard let (name, kind) = readNameAndKind(header) else { return nil }
        let scoped = sink.scoped(flow: name.value)
        let reader = MappingReader(mapping, subject: "\(kind == .module ? "module" : "flow") '\(name.value)'", sink: scoped)
        var declaration = FlowDeclaration(
            name: name, kind: kind, description: reader.string("description")?.value, start: reader.string("start"),
            onError: reader.string("on_error"), blocks: [], blockNames: [], file: file)
        guard let blocks = reader.required("blocks", "the flow's blocks").flatMap({ scoped.mapping($0, for: "blocks") })
        else { return declaration }
        if blocks.entries.isEmpty {
            scoped.report(.invalidValue, "'blocks' is empty; a flow needs at least one block", at: blocks.location)
        }
        let context = { (block: String) in
            ReadContext(sink: scoped.block(block), flowKind: kind, defaults: defaults, block: block, source: source)
        }
        declaration.blockNames = blocks.entries.map(\.key.text)
        declaration.blocks = blocks.entries.compactMap { key, value in
            BlockReader(context: context(key.text)).read(name: key, body: value)
        }
        return declaration
    }

    private func readNameAndKind(_ header: MappingReader) -> (Located<String>, FlowKind)? {
        let sink = header.sink
        switch (header.string("flow"), header.string("module")) {
        case (nil, nil):
            sink.report(.missingKey, "a flow file starts with 'flow: NAME' or 'module: NAME'", at: header.location)
            return nil
        case (.some, .some):
            sink.report(.ambiguousBlock, "a file defines a flow or a module, not both", at: header.keyLocation("module")!)
            return nil
        case (let flow?, nil):
            checkName(flow, sink: sink)
            let type = header.node("type").flatMap {
                sink.choice($0, for: "type", from: FlowType.allCases.map(\.rawValue))
            }
            return (flow, .flow(type.flatMap { FlowType(rawValue: $0.value) } ?? .contactFlow))
        case (nil, let module?):
            checkName(module, sink: sink)
            if let type = header.keyLocation("type") {
                sink.report(.unknownKey, "a module has no 'type'", at: type)
            }
            return (module, .module)
        }
    }

    /// A flow's or module's name: its Connect name (at most 127 characters, CreateContactFlow's
    /// and CreateContactFlowModule's `Name`: reference "Flow / module Name", [CFN-F] [CCFM]) and
    /// the name of its output files, so also what every file system takes.
    private func checkName(_ name: Located<String>, sink: ScopedSink) {
        if name.value.count > NameRules.flowNameLimit {
            sink.report(.invalidName, "flow name '\(name.value.prefix(40))…' is \(name.value.count) characters; "
                            + "Connect takes at most \(NameRules.flowNameLimit)", at: name.location)
            return
        }
        guard !NameRules.isResourceName(name.value) else { return }
        sink.report(.invalidName, "flow name '\(name.value)' must be \(NameRules.resourcePattern)", at: name.location)
    }
}
