import FlowCore

extension MenuForm {
    /// Lowers to:
    ///
    ///     NAME            GetParticipantInput  option keys → targets;
    ///                                          timeout → NAME.no-input (or NAME.retry), wrong key → NAME.invalid
    ///     NAME.no-input   MessageParticipant   → NAME.retry          (only with no_input_prompt)
    ///     NAME.invalid    MessageParticipant   → NAME.retry          (only with invalid_prompt)
    ///     NAME.retry      Loop (retries)       ContinueLooping → NAME, DoneLooping → fallback
    ///
    /// A `repeat_key` goes straight to `NAME.retry`, so hearing the menu again counts as a retry.
    /// So the caller hears the menu at most 1 + retries times. Connect's Loop counter resets only
    /// once it is done, so a caller who comes back to the menu later continues the same count.
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
        let loop = block.id.part("retry")
        let noInput = retry.noInputPrompt == nil ? loop : block.id.part("no-input")
        let invalid = retry.invalidPrompt == nil ? loop : block.id.part("invalid")
        if let key = retry.repeatKey {
            own.append(Outcome(.condition(.equals(key.value)), to: loop, at: key.location))
        }
        own += [Outcome(.error("InputTimeLimitExceeded"), to: noInput), Outcome(.error("NoMatchingCondition"), to: invalid)]
        builder.add(Block(id: block.id, action: entryAction, parameters: parameters,
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
        for (prompt, id) in [(retry.noInputPrompt, noInput), (retry.invalidPrompt, invalid)] {
            guard let prompt else { continue }
            builder.add(Block(id: id, action: "MessageParticipant", parameters: prompt.parameters(builder, sink: sink),
                              outcomes: [Outcome(.next, to: loop), Outcome(.error("NoMatchingError"), to: loop)],
                              location: block.name.location, origin: block.name.value))
        }
        builder.addRetryLoop(loop, count: retry.count, retrying: block.id, fallback: retry.fallback, for: block)
    }
}

extension FlowBuilder {
    /// Adds a Loop action that sends the caller back to `retrying` `count` times, then to
    /// `fallback`: the bound on every retry construct.
    mutating func addRetryLoop(
        _ id: BlockID, count: Int, retrying: BlockID, fallback: Located<String>, for block: BlockDeclaration
    ) {
        let sink = self.sink.block(block.name.value)
        let done = outcome(.condition(.equals("DoneLooping")), to: fallback, sink: sink)
        add(Block(id: id, action: "Loop", parameters: ["LoopCount": .string(String(count))],
                  outcomes: [Outcome(.condition(.equals("ContinueLooping")), to: retrying)] + [done].compactMap { $0 },
                  location: block.name.location, origin: block.name.value))
    }
}
