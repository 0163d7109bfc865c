import FlowCore

/// `set_logging:` turns flow logs on or off (UpdateFlowLoggingBehavior); turn them off around
/// sensitive input.
///
///     quiet:
///       set_logging: off
///       next: ask-card-number
struct SetLoggingForm: SingleActionForm {
    static let keyword = "set_logging"
    let enabled: Bool

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let enabled = context.sink.bool(value, for: Self.keyword) else { return nil }
        self.enabled = enabled.value
    }

    var entryAction: String { "UpdateFlowLoggingBehavior" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        ["FlowLoggingBehavior": .string(enabled ? "Enabled" : "Disabled")]
    }
}
