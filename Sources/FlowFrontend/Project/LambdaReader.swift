import FlowCore

/// Reads one Lambda function's declared contract from `flowc.yaml`:
///
///     customer-lookup:
///       description: Finds the caller by phone number
///       timeout: 4
///       response: json          # or string_map; absent: Connect's default
///       deploy: managed         # or existing: another team's function, bound by ARN
///       inputs:
///         phone: string         # required unless written { type: string, required: false }
///       outputs:
///         customerId: string
struct LambdaReader {
    let sink: ScopedSink

    static let fieldTypes = LambdaValueType.allCases.map(\.rawValue)
    static let responseTypes: [String: LambdaResponseType] = ["string_map": .stringMap, "json": .json]

    func read(_ name: Located<String>, _ node: YAMLNode) -> LambdaContract {
        var contract = LambdaContract(name: name.value, location: name.location)
        if case .scalar(let scalar) = node {
            contract.description = scalar.isNull ? nil : scalar.text
            return contract
        }
        guard let mapping = sink.mapping(node, for: name.value) else { return contract }
        let reader = MappingReader(mapping, subject: "Lambda function '\(name.value)'", sink: sink)
        reader.finish(known: ["description", "timeout", "response", "deploy", "memory", "environment", "uses", "inputs", "outputs"])
        contract.description = reader.string("description")?.value
        contract.timeout = reader.int("timeout", in: 1...8)?.value
        if let response = reader.node("response").flatMap({
            sink.choice($0, for: "response", from: Self.responseTypes.keys.sorted())
        }) {
            contract.response = Self.responseTypes[response.value]!
            contract.responseLocation = response.location
        }
        if let deploy = reader.node("deploy").flatMap({
            sink.choice($0, for: "deploy", from: LambdaDeployment.allCases.map(\.rawValue))
        }) {
            contract.deploy = LambdaDeployment(rawValue: deploy.value)!
        }
        contract.memory = reader.int("memory", in: 128...10240)?.value
        contract.settings = settings(reader.mapping("environment"), of: name.value)
        contract.uses = uses(reader.sequence("uses"), of: name.value)
        if contract.deploy == .existing, let key = ["memory", "environment", "uses"].first(where: reader.has) {
            sink.report(.invalidValue, "'\(key)' describes a function this project deploys; '\(name.value)' is deploy: existing",
                        at: reader.keyLocation(key) ?? name.location)
        }
        contract.inputs = fields(reader.mapping("inputs"), of: name.value)
        contract.outputs = fields(reader.mapping("outputs"), of: name.value)
        return contract
    }

    private func fields(_ mapping: YAMLMapping?, of lambda: String) -> [LambdaContract.Field] {
        guard let mapping else { return [] }
        return mapping.entries.compactMap { key, value in
            // Flows read outputs as $.External.NAME and pass inputs as parameters: attribute names.
            guard NameRules.isAttributeName(key.text) else {
                sink.report(.invalidName, "'\(key.text)' of '\(lambda)' must be \(NameRules.attributePattern)", at: key.location)
                return nil
            }
            if case .mapping(let body) = value {
                let reader = MappingReader(body, subject: "field '\(key.text)' of '\(lambda)'", sink: sink)
                reader.finish(known: ["type", "required", "description"])
                let type = reader.node("type").flatMap { sink.choice($0, for: "type", from: Self.fieldTypes) }
                return LambdaContract.Field(
                    name: key.text, type: type.flatMap { LambdaValueType(rawValue: $0.value) } ?? .string,
                    isRequired: reader.bool("required")?.value ?? true, description: reader.string("description")?.value,
                    location: key.location)
            }
            guard let type = sink.choice(value, for: key.text, from: Self.fieldTypes) else { return nil }
            return LambdaContract.Field(name: key.text, type: LambdaValueType(rawValue: type.value)!, isRequired: true,
                                        location: key.location)
        }
    }
}
