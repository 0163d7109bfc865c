import FlowCore

/// The module's inputs: the instance, the Lambda package, and everything an environment
/// supplies — settings, the AWS resources functions use, ARNs of what the project refers to but
/// does not create.
extension TerraformEmitter {
    func variables(_ project: TerraformProject) -> [HCL] {
        var items: [HCL] = [
            variable("instance_id", "The Amazon Connect instance's id.", type: "string"),
            variable("tags", "Tags for every resource that takes them.", type: "map(string)", default: "{}"),
        ]
        let managed = project.managedLambdas
        if !managed.isEmpty {
            items += [
                variable("name_prefix", "Prefix of the Lambda functions' and roles' names, to keep environments apart in one account.",
                         type: "string", default: HCL.string("")),
                variable("lambda_package", "Path of the zip `scripts/package-lambda` makes (bootstrap inside).", type: "string"),
                variable("lambda_package_hash", "Its base64 SHA-256, as package-lambda prints it (source_code_hash).", type: "string"),
                variable("log_retention_days", "Days the functions' logs are kept.", type: "number", default: "365"),
                variable("kms_key_arn", "The KMS key that encrypts the functions' logs and environment.", type: "string"),
            ]
            let settings = Array(Set(managed.flatMap { $0.settings.map(\.name) })).sorted()
            if !settings.isEmpty {
                items.append(required("settings", "Settings the functions read from their environment (URLs of the systems they call).",
                                      type: "map(string)", keys: settings))
            }
            for kind in ResourceUse.Kind.allCases {
                let names = Array(Set(managed.flatMap { $0.uses.filter { $0.kind == kind }.map(\.name) })).sorted()
                guard !names.isEmpty else { continue }
                items.append(required(Self.usesVariable(kind), Self.usesDescription(kind), type: Self.usesType(kind), keys: names))
            }
        }
        for kind in [ResourceKind.queue, .hours, .prompt] where !project.lookedUp(kind).isEmpty {
            items.append(variable("\(kind.rawValue)_arns", "ARNs of \(kind.section) the module would otherwise look up by name.",
                                  type: "map(string)", default: "{}"))
        }
        let bound: [(String, String, [String])] = [
            ("lex_bot_alias_arns", "Lex V2 bot alias ARNs, by the names flows use (associate each with the instance: see the README).",
             project.declared(.lexBot)),
            ("existing_lambda_arns", "ARNs of the Lambda functions other teams own (deploy: existing).", project.existingLambdas.map(\.name)),
            ("external_flow_arns", "ARNs of the flows outside this project that flows refer to.", project.declared(.flow)),
            ("external_module_arns", "ARNs of the modules outside this project that flows invoke.", project.declared(.module)),
        ]
        for (name, description, keys) in bound where !keys.isEmpty {
            items.append(required(name, description, type: "map(string)", keys: keys))
        }
        return items
    }

    func variable(_ name: String, _ description: String, type: String, default value: String? = nil) -> HCL {
        var body: [HCL] = [.attribute("description", HCL.string(description)), .attribute("type", type)]
        if let value { body.append(.attribute("default", value)) }
        return .block("variable", [name], body)
    }

    /// A map that must have every one of `keys`.
    func required(_ name: String, _ description: String, type: String, keys: [String]) -> HCL {
        let list = "[" + keys.map(HCL.string).joined(separator: ", ") + "]"
        return .block("variable", [name], [
            .attribute("description", HCL.string(description)),
            .attribute("type", type),
            .blank,
            .block("validation", [], [
                .attribute("condition", "alltrue([for key in \(list) : contains(keys(var.\(name)), key)])"),
                .attribute("error_message", HCL.string("\(name) must have \(keys.joined(separator: ", ")).")),
            ]),
        ])
    }

    static func usesVariable(_ kind: ResourceUse.Kind) -> String {
        switch kind {
        case .dynamodbTable: "dynamodb_tables"
        case .sqsQueue: "sqs_queues"
        case .snsTopic: "sns_topics"
        case .s3Bucket: "s3_buckets"
        case .secret: "secret_arns"
        }
    }

    static func usesDescription(_ kind: ResourceUse.Kind) -> String {
        switch kind {
        case .dynamodbTable: "DynamoDB tables the functions use: name and ARN."
        case .sqsQueue: "SQS queues the functions use: URL and ARN."
        case .snsTopic: "SNS topics the functions publish to: ARN."
        case .s3Bucket: "S3 buckets the functions use: name and ARN."
        case .secret: "Secrets Manager secrets the functions read (API keys, passwords): ARN. Never the values."
        }
    }

    static func usesType(_ kind: ResourceUse.Kind) -> String {
        switch kind {
        case .dynamodbTable, .s3Bucket: "map(object({ name = string, arn = string }))"
        case .sqsQueue: "map(object({ url = string, arn = string }))"
        case .snsTopic, .secret: "map(string)"
        }
    }

    /// The expression of a used resource's ARN, and of what the function's environment gets.
    static func uses(_ use: ResourceUse) -> (arn: String, handedOver: String) {
        let entry = "var.\(usesVariable(use.kind))[\(HCL.string(use.name))]"
        switch use.kind {
        case .dynamodbTable, .s3Bucket: return ("\(entry).arn", "\(entry).name")
        case .sqsQueue: return ("\(entry).arn", "\(entry).url")
        case .snsTopic, .secret: return (entry, entry)
        }
    }
}
