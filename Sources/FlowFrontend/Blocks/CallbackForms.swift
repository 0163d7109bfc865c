import FlowCore

/// `callback:` schedules a call back to the customer (CreateCallbackContact); set the number
/// first with `set_callback_number`.
///
///     schedule:
///       callback: { queue: billing, delay: 5, attempts: 2, retry_delay: 600 }
///       next: thanks
struct CallbackForm: SingleActionForm {
    static let keyword = "callback"
    let queue: Located<String>?
    let delay: Int
    let attempts: Int
    let retryDelay: Int

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let reader = context.reader(value, for: Self.keyword, known: ["queue", "delay", "attempts", "retry_delay"]) else { return nil }
        queue = reader.string("queue")
        delay = reader.int("delay", in: 1...259_200)?.value ?? 5
        attempts = reader.int("attempts", in: 1...10)?.value ?? 1
        retryDelay = reader.int("retry_delay", in: 1...259_200)?.value ?? 600
    }

    var entryAction: String { "CreateCallbackContact" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        var parameters: [String: ParameterValue] = [
            "InitialCallDelaySeconds": .string(String(delay)), "MaximumConnectionAttempts": .string(String(attempts)),
            "RetryDelaySeconds": .string(String(retryDelay)),
        ]
        if let queue, let reference = builder.reference(.queue, queue, sink: sink) { parameters["QueueId"] = reference }
        return parameters
    }
}

/// `set_callback_number:` sets the number a callback dials (UpdateContactCallbackNumber); the
/// number must come from a path, usually `$.StoredCustomerInput` or `$.CustomerEndpoint.Address`.
///
///     callback-number:
///       set_callback_number: { number: $.StoredCustomerInput, on_invalid: ask-again, on_not_dialable: sorry }
///       next: schedule
struct SetCallbackNumberForm: SingleActionForm {
    static let keyword = "set_callback_number"
    let number: Located<String>
    let onInvalid: Located<String>?
    let onNotDialable: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        if case .mapping(let mapping) = value {
            let reader = MappingReader(mapping, subject: "set_callback_number '\(context.block)'", sink: sink)
            reader.finish(known: ["number", "on_invalid", "on_not_dialable"])
            guard let number = reader.requiredString("number", "a path such as $.StoredCustomerInput") else { return nil }
            (self.number, onInvalid, onNotDialable) = (number, reader.string("on_invalid"), reader.string("on_not_dialable"))
        } else {
            guard let number = sink.string(value, for: Self.keyword) else { return nil }
            (self.number, onInvalid, onNotDialable) = (number, nil, nil)
        }
        if !number.value.hasPrefix("$.") {
            sink.report(.invalidValue, "the callback number must be a path such as $.StoredCustomerInput, not a constant",
                        at: number.location)
        }
    }

    var entryAction: String { "UpdateContactCallbackNumber" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        ["CallbackNumber": .string(number.value)]
    }

    func outcomes(_ builder: FlowBuilder, of block: BlockDeclaration, sink: ScopedSink) -> [Outcome] {
        [builder.outcome(.error("InvalidCallbackNumber"), to: onInvalid, sink: sink),
         builder.outcome(.error("CallbackNumberNotDialable"), to: onNotDialable, sink: sink)].compactMap { $0 }
    }
}
