import FlowCore

/// `loop_prompts:` plays prompts over and over while the caller waits in queue or on hold
/// (MessageParticipantIteratively). In a customer-queue flow it can break out every `interrupt`
/// seconds; after the interrupt branch ends (`end_flow`, the designer's Resume), the prompts
/// start again from the first, unless `continue_during_interrupt` keeps their place
/// ([LPP] https://docs.aws.amazon.com/connect/latest/adminguide/loop-prompts.html).
///
///     hold-music:
///       loop_prompts:
///         prompts: ["Thank you for waiting.", !prompt hold-music]
///         interrupt: 60
///         on_interrupt: offer-callback
///         continue_during_interrupt: true
///       on_error: hold-music-fallback
struct LoopPromptsForm: BlockForm {
    static let keyword = "loop_prompts"
    let prompts: [Prompt]
    let interrupt: Int?
    let onInterrupt: Located<String>?
    let continuesDuringInterrupt: Bool

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        let keys = ["prompts", "interrupt", "on_interrupt", "continue_during_interrupt"]
        guard let reader = context.reader(value, for: Self.keyword, known: keys) else { return nil }
        guard let list = reader.required("prompts").flatMap({ sink.sequence($0, for: "prompts") }) else { return nil }
        prompts = list.items.compactMap { Prompt($0, for: "prompts", sink: sink) }
        if list.items.isEmpty { sink.report(.invalidValue, "'prompts' is empty", at: list.location) }
        interrupt = reader.int("interrupt", in: 1...3_600)?.value
        onInterrupt = reader.string("on_interrupt")
        if (interrupt == nil) != (onInterrupt == nil) {
            sink.report(.missingKey, "'interrupt' and 'on_interrupt' go together", at: reader.location)
        }
        continuesDuringInterrupt = reader.bool("continue_during_interrupt")?.value ?? false
        if continuesDuringInterrupt, interrupt == nil, let location = reader.keyLocation("continue_during_interrupt") {
            sink.report(.invalidValue, "'continue_during_interrupt' only applies with 'interrupt'", at: location)
        }
    }

    var entryAction: String { "MessageParticipantIteratively" }
    var nextRule: NextRule { .forbidden("loop_prompts repeats until interrupted ('on_interrupt')") }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        var parameters: [String: ParameterValue] = [
            "Messages": .list(prompts.map { .object($0.parameters(builder, sink: sink)) }),
        ]
        if let interrupt { parameters["InterruptFrequencySeconds"] = .string(String(interrupt)) }
        if continuesDuringInterrupt { parameters["ContinueMessagingDuringInterrupt"] = .string("true") }  // as corpus 037 writes it
        let own = [builder.outcome(.condition(.equals("MessagesInterrupted")), to: onInterrupt, sink: sink)].compactMap { $0 }
        builder.add(Block(id: block.id, action: entryAction, parameters: parameters,
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
    }
}
