import FlowCore

/// `transfer_to_flow:` hands the contact to another flow of the project (TransferToFlow).
///
///     to-survey:
///       transfer_to_flow: post-call-survey
///       on_error: goodbye
struct TransferToFlowForm: SingleActionForm {
    static let keyword = "transfer_to_flow"
    let flow: Located<String>

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let flow = context.sink.string(value, for: Self.keyword) else { return nil }
        self.flow = flow
    }

    var entryAction: String { "TransferToFlow" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        builder.reference(.flow, flow, sink: sink).map { ["ContactFlowId": $0] } ?? [:]
    }
}

/// `invoke_module:` runs a flow module of the project and continues at `next` when it returns
/// (InvokeFlowModule).
///
///     authenticate:
///       invoke_module: verify-caller
///       next: main-menu
///       on_error: agent
struct InvokeModuleForm: SingleActionForm {
    static let keyword = "invoke_module"
    let module: Located<String>

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let module = context.sink.string(value, for: Self.keyword) else { return nil }
        self.module = module
    }

    var entryAction: String { "InvokeFlowModule" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        builder.reference(.module, module, sink: sink).map { ["FlowModuleId": $0] } ?? [:]
    }
}
