import FlowCore

extension LambdaForm {
    /// One InvokeLambdaFunction action. With `retries`, its error branch counts a retry and
    /// calls again (see `FlowBuilder+Retries.swift`):
    ///
    ///     NAME          UpdateContactAttributes  retry counter = 0 → NAME.call
    ///     NAME.call     InvokeLambdaFunction     → next; NoMatchingError → NAME.retry
    ///     NAME.retry    Compare on the counter   → NAME.call `retries` times, then fallback
    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        guard let retries, let fallback else {
            builder.add(Block(id: block.id, action: entryAction, parameters: parameters(builder, sink: sink),
                              outcomes: builder.commonOutcomes(of: block, after: []), location: block.name.location))
            return
        }
        let call = block.id.part("call"), counter = block.id.part("retry")
        builder.addRetryReset(for: block, then: call)
        builder.add(Block(id: call, action: entryAction, parameters: parameters(builder, sink: sink),
                          outcomes: builder.commonOutcomes(of: block, after: [Outcome(.error("NoMatchingError"), to: counter)]),
                          location: block.name.location, origin: block.name.value))
        builder.addRetryCounter(counter, count: retries, retrying: call, fallback: fallback, for: block)
    }

    private func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        var parameters: [String: ParameterValue] = [:]
        if let reference = builder.reference(.lambda, function, sink: sink) { parameters["LambdaFunctionARN"] = reference }
        let contract = builder.project.lambdas[function.value]
        if let contract { check(inputs: contract, sink: sink) }
        var attributes: [String: ParameterValue] = [:]
        for (name, value) in inputs { attributes[name.value] = value.resolveAsText(builder, sink: sink) }
        if !attributes.isEmpty { parameters["LambdaInvocationAttributes"] = .object(attributes) }
        if isAsync {
            parameters["InvocationType"] = .string("ASYNCHRONOUS")
        } else {
            let seconds = timeout ?? contract?.timeout ?? builder.project.defaults.lambdaTimeout
            parameters["InvocationTimeLimitSeconds"] = .string(String(seconds))
            if let response = contract?.response {
                parameters["ResponseValidation"] = .object(["ResponseType": .string(response.rawValue)])
            }
        }
        return parameters
    }

    /// Inputs must be declared by the function, and its required inputs given.
    private func check(inputs contract: LambdaContract, sink: ScopedSink) {
        let declared = contract.inputs.map(\.name)
        for (name, _) in inputs where !declared.contains(name.value) {
            sink.report(.unknownKey, "Lambda function '\(contract.name)' declares no input '\(name.value)'"
                            + Suggestion.hint(for: name.value, in: declared), at: name.location)
        }
        let given = Set(inputs.map(\.0.value))
        for field in contract.inputs where field.isRequired && !given.contains(field.name) {
            sink.report(.missingKey, "Lambda function '\(contract.name)' needs input '\(field.name)'",
                        at: inputsLocation ?? function.location)
        }
    }
}
