import FlowCore

extension StoreInputForm {
    /// Without `retries`:
    ///
    ///     NAME           GetParticipantInput (StoreInput) → NAME.timeout; InvalidPhoneNumber → on_invalid_phone_number
    ///     NAME.timeout   Compare $.StoredCustomerInput: Timeout → on_timeout; otherwise → next
    ///
    /// With them (see `FlowBuilder+Retries.swift`):
    ///
    ///     NAME           UpdateContactAttributes  retry counter = 0 → NAME.ask
    ///     NAME.ask       GetParticipantInput      → NAME.timeout; InvalidPhoneNumber → NAME.invalid (or NAME.retry)
    ///     NAME.timeout   Compare                  Timeout → NAME.no-input (or NAME.retry); otherwise → next
    ///     NAME.no-input  MessageParticipant       → NAME.retry          (only with no_input_prompt)
    ///     NAME.invalid   MessageParticipant       → NAME.retry          (only with invalid_prompt)
    ///     NAME.retry     Compare on the counter   → NAME.ask `retries` times, then fallback
    ///
    /// `on_error` and `errors` stay on the input action.
    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let input = retry == nil ? block.id : block.id.part("ask"), check = block.id.part("timeout")
        let counter = block.id.part("retry")
        var timedOut: Outcome?, invalidNumber: Outcome?
        if let retry {
            let noInput = retry.noInputPrompt == nil ? counter : block.id.part("no-input")
            timedOut = Outcome(.condition(.equals(Self.timeoutValue)), to: noInput)
            if validation["PhoneNumberValidation"] != nil {
                invalidNumber = Outcome(.error("InvalidPhoneNumber"), to: retry.invalidPrompt == nil ? counter : block.id.part("invalid"))
            }
            builder.addRetryReset(for: block, then: input)
        } else {
            timedOut = builder.outcome(.condition(.equals(Self.timeoutValue)), to: onTimeout, sink: sink)
            invalidNumber = builder.outcome(.error("InvalidPhoneNumber"), to: onInvalidPhoneNumber, sink: sink)
        }
        var outcomes = builder.commonOutcomes(of: block, after: [invalidNumber].compactMap { $0 })
        let next = outcomes.firstIndex { $0.kind == .next }.map { outcomes.remove(at: $0) }
        builder.add(Block(id: input, action: entryAction, parameters: parameters(builder, sink: sink),
                          outcomes: [Outcome(.next, to: check)] + outcomes, location: block.name.location,
                          origin: block.name.value))
        let otherwise = next.map { Outcome(.error("NoMatchingCondition"), to: $0.target, at: $0.location) }
        builder.add(Block(id: check, action: "Compare", parameters: ["ComparisonValue": .string("$.StoredCustomerInput")],
                          outcomes: [timedOut, otherwise].compactMap { $0 }, location: block.name.location,
                          origin: block.name.value))
        guard let retry else { return }
        if let prompt = retry.noInputPrompt { builder.addApology(block.id.part("no-input"), prompt: prompt, then: counter, for: block) }
        if let prompt = retry.invalidPrompt, validation["PhoneNumberValidation"] != nil {
            builder.addApology(block.id.part("invalid"), prompt: prompt, then: counter, for: block)
        }
        builder.addRetryCounter(counter, count: retry.count, retrying: input, fallback: retry.fallback, for: block)
    }
}
