import FlowCore

/// `play:` plays a prompt to the caller (Connect's MessageParticipant).
///
///     greeting:
///       play: "Welcome to Acme."
///       next: main-menu
struct PlayForm: SingleActionForm {
    static let keyword = "play"
    let prompt: Prompt

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let prompt = Prompt(value, for: Self.keyword, sink: context.sink) else { return nil }
        self.prompt = prompt
    }

    var entryAction: String { "MessageParticipant" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        prompt.parameters(builder, sink: sink)
    }
}
