import FlowCore

extension RatingForm {
    /// Lowers to the counter reset, the input, the range check, the save, the apologies and the
    /// retry counter (see `FlowBuilder+Retries.swift`). The block's `next`, `on_error` and
    /// `errors` belong to the save, the step that completes it.
    ///
    /// The input stores one digit; on silence Connect takes its success branch with
    /// `$.StoredCustomerInput` = `Timeout` ([SCI] https://docs.aws.amazon.com/connect/latest/adminguide/store-customer-input.html),
    /// which the check sends to the no-input apology.
    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let (ask, check, save, counter) = (block.id.part("ask"), block.id.part("check"), block.id.part("save"), block.id.part("retry"))
        let invalid = invalidPrompt == nil ? counter : block.id.part("invalid")
        let noInput = noInputPrompt == nil ? invalid : block.id.part("no-input")
        var input = prompt.parameters(builder, sink: sink)
        input["StoreInput"] = .string("True")
        input["InputTimeLimitSeconds"] = .string(String(timeout))
        input["InputValidation"] = .object(["CustomValidation": .object(["MaximumLength": .string("1")])])
        let part = { (id: BlockID, action: String, parameters: [String: ParameterValue], outcomes: [Outcome]) in
            Block(id: id, action: action, parameters: parameters, outcomes: outcomes, location: block.name.location,
                  origin: block.name.value)
        }
        builder.addRetryReset(for: block, then: ask)
        builder.add(part(ask, "GetParticipantInput", input, [Outcome(.next, to: check), Outcome(.error("NoMatchingError"), to: counter)]))
        let scores = (1...scale).map { Outcome(.condition(.equals(String($0))), to: save) }
        builder.add(part(check, "Compare", ["ComparisonValue": .string("$.StoredCustomerInput")],
                         scores + [Outcome(.condition(.equals(StoreInputForm.timeoutValue)), to: noInput),
                                   Outcome(.error("NoMatchingCondition"), to: invalid)]))
        let attributes: ParameterValue = .object([saveAs.value: .string("$.StoredCustomerInput")])
        builder.add(part(save, entryAction, ["Attributes": attributes, "TargetContact": .string("Current")],
                         builder.commonOutcomes(of: block, after: [])))
        if let noInputPrompt { builder.addApology(noInput, prompt: noInputPrompt, then: counter, for: block) }
        if let invalidPrompt { builder.addApology(invalid, prompt: invalidPrompt, then: counter, for: block) }
        builder.addRetryCounter(counter, count: retries, retrying: ask, fallback: fallback, for: block)
    }
}
