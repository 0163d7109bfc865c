import FlowCore

extension MenuForm {
    /// Without `retries`, one GetParticipantInput: option keys → targets, timeout → `on_timeout`,
    /// wrong key → `on_invalid`. With them (see `FlowBuilder+Retries.swift`):
    ///
    ///     NAME            UpdateContactAttributes  retry counter = 0 → NAME.ask
    ///     NAME.ask        GetParticipantInput      option keys → targets;
    ///                                              timeout → NAME.no-input (or NAME.retry), wrong key → NAME.invalid
    ///     NAME.no-input   MessageParticipant       → NAME.retry          (only with no_input_prompt)
    ///     NAME.invalid    MessageParticipant       → NAME.retry          (only with invalid_prompt)
    ///     NAME.retry      Compare on the counter   → NAME.ask `retries` times, then fallback
    ///
    /// A `repeat_key` goes straight to `NAME.retry`, so hearing the menu again counts as a retry.
    /// So the caller hears the menu at most 1 + retries times each time they enter it.
    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        var own = options.compactMap { option in
            builder.outcome(.condition(.equals(option.key.value)), to: option.target, sink: sink)
        }
        var parameters = prompt.parameters(builder, sink: sink)
        parameters["StoreInput"] = .string("False")
        parameters["InputTimeLimitSeconds"] = .string(String(timeout))
        guard let retry else {
            own += [builder.outcome(.error("InputTimeLimitExceeded"), to: onTimeout, sink: sink),
                    builder.outcome(.error("NoMatchingCondition"), to: onInvalid, sink: sink)].compactMap { $0 }
            builder.add(Block(id: block.id, action: entryAction, parameters: parameters,
                              outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
            return
        }
        let ask = block.id.part("ask"), counter = block.id.part("retry")
        let noInput = retry.noInputPrompt == nil ? counter : block.id.part("no-input")
        let invalid = retry.invalidPrompt == nil ? counter : block.id.part("invalid")
        if let key = repeatKey {
            own.append(Outcome(.condition(.equals(key.value)), to: counter, at: key.location))
        }
        own += [Outcome(.error("InputTimeLimitExceeded"), to: noInput), Outcome(.error("NoMatchingCondition"), to: invalid)]
        builder.addRetryReset(for: block, then: ask)
        builder.add(Block(id: ask, action: entryAction, parameters: parameters,
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location,
                          origin: block.name.value))
        for (prompt, id) in [(retry.noInputPrompt, noInput), (retry.invalidPrompt, invalid)] {
            guard let prompt else { continue }
            builder.addApology(id, prompt: prompt, then: counter, for: block)
        }
        builder.addRetryCounter(counter, count: retry.count, retrying: ask, fallback: retry.fallback, for: block)
    }
}

extension FlowBuilder {
    /// Adds a prompt played before a retry (`no_input_prompt`, `invalid_prompt`); if it cannot
    /// play, the retry goes ahead without it.
    mutating func addApology(_ id: BlockID, prompt: Prompt, then next: BlockID, for block: BlockDeclaration) {
        let sink = self.sink.block(block.name.value)
        add(Block(id: id, action: "MessageParticipant", parameters: prompt.parameters(self, sink: sink),
                  outcomes: [Outcome(.next, to: next), Outcome(.error("NoMatchingError"), to: next)],
                  location: block.name.location, origin: block.name.value))
    }
}
