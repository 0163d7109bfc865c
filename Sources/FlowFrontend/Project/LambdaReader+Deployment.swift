import FlowCore

/// What a managed Lambda function needs from its account, as flowc.yaml declares it:
///
///     survey-recorder:
///       memory: 256
///       environment:              # settings each deployment supplies
///         CRM_API_URL: The CRM's base URL
///       uses:                     # resources, with exactly the actions the function takes
///         - { dynamodb_table: surveys, actions: [dynamodb:PutItem], env: SURVEY_TABLE }
///         - { secret: crm-api-key, actions: [secretsmanager:GetSecretValue] }
extension LambdaReader {
    /// Names Lambda reserves in a function's environment (Lambda developer guide, "Defined
    /// runtime environment variables": they cannot be set), and the prefix it keeps.
    static let reservedVariables: Set = ["_HANDLER", "_X_AMZN_TRACE_ID", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ"]

    func settings(_ mapping: YAMLMapping?, of lambda: String) -> [LambdaSetting] {
        (mapping?.entries ?? []).compactMap { key, value in
            if let problem = variableNameProblem(key.text) {
                sink.report(.invalidName, "environment variable '\(key.text)' of '\(lambda)' \(problem)", at: key.location)
                return nil
            }
            let description = sink.string(value, for: key.text, expected: "a description")?.value
            return LambdaSetting(name: key.text, description: description, location: key.location)
        }
    }

    func uses(_ sequence: YAMLSequence?, of lambda: String) -> [ResourceUse] {
        (sequence?.items ?? []).compactMap { item in
            guard let body = sink.mapping(item, for: "uses") else { return nil }
            let reader = MappingReader(body, subject: "a resource '\(lambda)' uses", sink: sink)
            let kinds = ResourceUse.Kind.allCases.filter { reader.has($0.rawValue) }
            reader.finish(known: ResourceUse.Kind.allCases.map(\.rawValue) + ["actions", "env"])
            guard kinds.count == 1, let kind = kinds.first, let name = reader.string(kind.rawValue) else {
                sink.report(.missingKey, "a resource '\(lambda)' uses names one of "
                                + ResourceUse.Kind.allCases.map(\.rawValue).joined(separator: ", "), at: body.location)
                return nil
            }
            if !NameRules.isResourceName(name.value) {
                sink.report(.invalidName, "\(kind.rawValue) name '\(name.value)' must be \(NameRules.resourcePattern)", at: name.location)
            }
            let actions = (reader.sequence("actions")?.items ?? []).compactMap { sink.string($0, for: "actions") }
            if actions.isEmpty { sink.report(.missingKey, "'\(name.value)' needs the actions '\(lambda)' takes on it", at: name.location) }
            for action in actions where !Self.isAction(action.value, of: kind) {
                sink.report(.invalidValue, "'\(action.value)' is not one \(kind.service) action: write it as \(kind.service):Action, "
                                + "without wildcards, so the function is granted exactly what it does", at: action.location)
            }
            let env = reader.string("env")
            if let env, let problem = variableNameProblem(env.value) {
                sink.report(.invalidName, "environment variable '\(env.value)' \(problem)", at: env.location)
            }
            return ResourceUse(kind: kind, name: name.value, actions: actions.map(\.value),
                               environmentVariable: env?.value ?? kind.defaultVariable(for: name.value), location: name.location)
        }
    }

    /// `dynamodb:PutItem`: the kind's service, a colon, an action name of letters.
    static func isAction(_ text: String, of kind: ResourceUse.Kind) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == kind.service && !parts[1].isEmpty
            && parts[1].allSatisfy { $0.isASCII && $0.isLetter } && parts[1].first!.isUppercase
    }

    /// Why `name` cannot be an environment variable of a function, or nil.
    func variableNameProblem(_ name: String) -> String? {
        guard let first = name.first, first.isASCII, first.isUppercase || first == "_",
              name.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") })
        else { return "must be upper-case letters, digits and '_', starting with a letter" }
        if Self.reservedVariables.contains(name) || name.hasPrefix("AWS_") { return "is reserved by Lambda" }
        return nil
    }
}
