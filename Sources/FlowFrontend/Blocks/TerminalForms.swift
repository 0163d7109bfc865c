import FlowCore

/// A form that ends the flow with one parameterless action, written with no value
/// (`disconnect:`) or `true`.
protocol TerminalForm: SingleActionForm {
    init()
}

extension TerminalForm {
    init?(_ value: YAMLNode, context: ReadContext) {
        switch value {
        case .scalar(let scalar) where scalar.isNull || scalar.text.lowercased() == "true":
            self.init()
        case .mapping(let mapping) where mapping.entries.isEmpty:
            self.init()
        default:
            context.sink.report(.wrongType, "'\(Self.keyword)' takes no value (write '\(Self.keyword):' or '\(Self.keyword): true')",
                                at: value.location)
            return nil
        }
    }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] { [:] }
}

/// `disconnect:` hangs up (DisconnectParticipant).
struct DisconnectForm: TerminalForm {
    static let keyword = "disconnect"
    var entryAction: String { "DisconnectParticipant" }
}

/// `return:` ends a module and returns to the flow that invoked it (EndFlowModuleExecution).
struct ReturnForm: TerminalForm {
    static let keyword = "return"
    var entryAction: String { "EndFlowModuleExecution" }
}

/// `end_flow:` ends a whisper or customer-queue flow and resumes the contact (EndFlowExecution).
struct EndFlowForm: TerminalForm {
    static let keyword = "end_flow"
    var entryAction: String { "EndFlowExecution" }
}

/// `transfer_to_agent:` connects the contact to the agent of a transfer flow
/// (TransferContactToAgent).
struct TransferToAgentForm: TerminalForm {
    static let keyword = "transfer_to_agent"
    var entryAction: String { "TransferContactToAgent" }
}
