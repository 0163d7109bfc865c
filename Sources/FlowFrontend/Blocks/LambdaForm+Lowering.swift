import FlowCore

extension LambdaForm {
    /// One InvokeLambdaFunction action; with `retries`, its error branch goes to a Loop action
    /// `NAME.retry` that calls again `retries` times, then sends the caller to `fallback`.
    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        var own: [Outcome] = []
        let loop = block.id.part("retry")
        if retries != nil && fallback != nil { own.append(Outcome(.error("NoMatchingError"), to: loop)) }
        builder.add(Block(id: block.id, action: entryAction, parameters: parameters(builder, sink: sink),
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
        if let retries, let fallback {
            builder.addRetryLoop(loop, count: retries, retrying: block.id, fallback: fallback, for: block)
        }
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
            if let response = contract?.responseType {
                parameters["ResponseValidation"] = .object(["ResponseType": .string(response)])
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
