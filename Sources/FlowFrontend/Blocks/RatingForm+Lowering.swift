import FlowCore

extension RatingForm {
    /// Lowers to the input, the range check, the save, the apology and the bounding Loop. The
    /// block's `next`, `on_error` and `errors` belong to the save, the step that completes it.
    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let (check, save, loop) = (block.id.part("check"), block.id.part("save"), block.id.part("retry"))
        let invalid = invalidPrompt == nil ? loop : block.id.part("invalid")
        var input = prompt.parameters(builder, sink: sink)
        input["StoreInput"] = .string("True")
        input["InputTimeLimitSeconds"] = .string(String(timeout))
        input["InputValidation"] = .object(["CustomValidation": .object(["MaximumLength": .string("1")])])
        let part = { (id: BlockID, action: String, parameters: [String: ParameterValue], outcomes: [Outcome]) in
            Block(id: id, action: action, parameters: parameters, outcomes: outcomes, location: block.name.location,
                  origin: block.name.value)
        }
        builder.add(part(block.id, "GetParticipantInput", input, [Outcome(.next, to: check), Outcome(.error("NoMatchingError"), to: loop)]))
        let scores = (1...scale).map { Outcome(.condition(.equals(String($0))), to: save) }
        builder.add(part(check, "Compare", ["ComparisonValue": .string("$.StoredCustomerInput")],
                         scores + [Outcome(.error("NoMatchingCondition"), to: invalid)]))
        let attributes: ParameterValue = .object([saveAs.value: .string("$.StoredCustomerInput")])
        builder.add(part(save, entryAction, ["Attributes": attributes, "TargetContact": .string("Current")],
                         builder.commonOutcomes(of: block, after: [])))
        if let invalidPrompt {
            builder.add(part(invalid, "MessageParticipant", invalidPrompt.parameters(builder, sink: sink),
                             [Outcome(.next, to: loop), Outcome(.error("NoMatchingError"), to: loop)]))
        }
        builder.addRetryLoop(loop, count: retries, retrying: block.id, fallback: fallback, for: block)
    }
}
