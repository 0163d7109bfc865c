import FlowCore

/// `tests/flowc.tftest.hcl`: `terraform test` with a mock AWS provider, applying the module with
/// made-up ARNs and asserting what deploying the project means: every flow has its type, and
/// its content carries the ARN of every function, queue and flow it refers to — which is also
/// why Terraform creates it after them.
extension TerraformEmitter {
    static let account = "111122223333", region = "eu-west-2", instance = "00000000-0000-4000-8000-000000000000"
    static var instanceARN: String { "arn:aws:connect:\(region):\(account):instance/\(instance)" }

    func tests(_ project: TerraformProject) -> [HCL] {
        let arns = Self.mockARNs(project)
        var mocks: [HCL] = [mockData("aws_connect_instance", ["arn": Self.instanceARN])]
        if !project.lookedUp(.queue).isEmpty { mocks.append(mockData("aws_connect_queue", ["arn": "\(Self.instanceARN)/queue/looked-up"])) }
        if !project.lookedUp(.hours).isEmpty {
            mocks.append(mockData("aws_connect_hours_of_operation", ["arn": "\(Self.instanceARN)/operating-hours/looked-up"]))
        }
        if !project.lookedUp(.prompt).isEmpty { mocks.append(mockData("aws_connect_prompt", ["arn": "\(Self.instanceARN)/prompt/looked-up"])) }
        if !project.managedLambdas.isEmpty {
            // The provider checks that these are ARNs, which the mock's random strings are not.
            mocks.append(mockResource("aws_iam_role", ["arn": "arn:aws:iam::\(Self.account):role/mock"]))
            mocks.append(mockResource("aws_cloudwatch_log_group", ["arn": "arn:aws:logs:\(Self.region):\(Self.account):log-group:mock"]))
        }
        var items: [HCL] = [.block("mock_provider", ["aws"], mocks), .block("variables", [], testVariables(project))]
        for (target, arn) in arns.overrides {
            items.append(.block("override_resource", [], [.attribute("target", target), .attribute("values", HCL.object([("arn", HCL.string(arn))]))]))
        }
        var asserts: [HCL] = []
        for flow in project.projectFlows + project.projectModules {
            let type = flow.kind == .module ? "aws_connect_contact_flow_module" : "aws_connect_contact_flow"
            let address = "\(type).\(HCL.identifier(flow.name))"
            if case .flow(let flowType) = flow.kind {
                asserts.append(check("\(address).type == \(HCL.string(flowType.rawValue))", "\(flow.name) has type \(flowType.rawValue)"))
            }
            for reference in project.references(of: flow) {
                guard let arn = arns.byReference[reference] else { continue }
                asserts.append(check("strcontains(\(address).content, \(HCL.string(arn)))",
                                     "\(flow.name) refers to \(reference.kind.noun) '\(reference.name)' by its ARN"))
            }
        }
        items.append(.block("run", ["deploys_every_flow_with_what_it_refers_to"], [.attribute("command", "apply"), .blank] + asserts))
        return items
    }

    private func mockData(_ type: String, _ values: [String: String]) -> HCL { mock("mock_data", type, values) }

    private func mockResource(_ type: String, _ values: [String: String]) -> HCL { mock("mock_resource", type, values) }

    private func mock(_ block: String, _ type: String, _ values: [String: String]) -> HCL {
        .block(block, [type], [.attribute("defaults", HCL.object(values.sorted { $0.key < $1.key }.map { ($0.key, HCL.string($0.value)) }))])
    }

    private func check(_ condition: String, _ message: String) -> HCL {
        .block("assert", [], [.attribute("condition", condition), .attribute("error_message", HCL.string(message))])
    }

    /// Made-up ARNs: what each reference resolves to, and the resources whose ARN is overridden.
    static func mockARNs(_ project: TerraformProject) -> (byReference: [ResourceReference: String], overrides: [(String, String)]) {
        var byReference: [ResourceReference: String] = [:], overrides: [(String, String)] = []
        for lambda in project.lambdas.keys.sorted() {
            let arn = "arn:aws:lambda:\(region):\(account):function:\(lambda)"
            byReference[ResourceReference(.lambda, lambda)] = arn
            if project.lambdas[lambda]?.deploy == .managed { overrides.append(("aws_lambda_function.\(HCL.identifier(lambda))", arn)) }
        }
        for flow in project.projectFlows + project.projectModules {
            let isModule = flow.kind == .module
            let arn = "\(instanceARN)/\(isModule ? "flow-module" : "contact-flow")/\(flow.name)"
            byReference[ResourceReference(isModule ? .module : .flow, flow.name)] = arn
            overrides.append(("\(isModule ? "aws_connect_contact_flow_module" : "aws_connect_contact_flow").\(HCL.identifier(flow.name))", arn))
        }
        for (kind, segment) in [(ResourceKind.queue, "queue"), (.hours, "operating-hours")] {
            for name in project.created(kind) {
                let arn = "\(instanceARN)/\(segment)/\(name)"
                byReference[ResourceReference(kind, name)] = arn
                overrides.append(("\(kind == .queue ? "aws_connect_queue" : "aws_connect_hours_of_operation").\(HCL.identifier(name))", arn))
            }
            for name in project.lookedUp(kind) { byReference[ResourceReference(kind, name)] = "\(instanceARN)/\(segment)/looked-up" }
        }
        for name in project.lookedUp(.prompt) { byReference[ResourceReference(.prompt, name)] = "\(instanceARN)/prompt/looked-up" }
        for (kind, prefix) in [(ResourceKind.lexBot, "arn:aws:lex:\(region):\(account):bot-alias/BOT/"), (.flow, "\(instanceARN)/contact-flow/"),
                               (.module, "\(instanceARN)/flow-module/")] {
            for name in project.declared(kind) { byReference[ResourceReference(kind, name)] = prefix + name }
        }
        return (byReference, overrides)
    }

    /// A value for every variable the module requires.
    private func testVariables(_ project: TerraformProject) -> [HCL] {
        let arns = Self.mockARNs(project).byReference
        var items: [HCL] = [.attribute("instance_id", HCL.string(Self.instance))]
        let managed = project.managedLambdas
        if !managed.isEmpty {
            items += [
                .attribute("lambda_package", HCL.string("lambda.zip")),
                .attribute("lambda_package_hash", HCL.string("bW9jaw==")),
                .attribute("kms_key_arn", HCL.string("arn:aws:kms:\(Self.region):\(Self.account):key/00000000-0000-4000-8000-000000000001")),
            ]
            let settings = Array(Set(managed.flatMap { $0.settings.map(\.name) })).sorted()
            if !settings.isEmpty {
                items.append(.attribute("settings", HCL.object(settings.map { ($0, HCL.string("https://\($0.lowercased().replacingOccurrences(of: "_", with: "-")).example.com")) })))
            }
            for kind in ResourceUse.Kind.allCases {
                let names = Array(Set(managed.flatMap { $0.uses.filter { $0.kind == kind }.map(\.name) })).sorted()
                guard !names.isEmpty else { continue }
                items.append(.attribute(Self.usesVariable(kind), HCL.object(names.map { ($0, Self.mockUse(kind, $0)) })))
            }
        }
        let bound: [(String, ResourceKind, [String])] = [
            ("lex_bot_alias_arns", .lexBot, project.declared(.lexBot)), ("existing_lambda_arns", .lambda, project.existingLambdas.map(\.name)),
            ("external_flow_arns", .flow, project.declared(.flow)), ("external_module_arns", .module, project.declared(.module)),
        ]
        for (name, kind, keys) in bound where !keys.isEmpty {
            items.append(.attribute(name, HCL.object(keys.map { ($0, HCL.string(arns[ResourceReference(kind, $0)] ?? "")) })))
        }
        return items
    }

    private static func mockUse(_ kind: ResourceUse.Kind, _ name: String) -> String {
        let arn: String = switch kind {
        case .dynamodbTable: "arn:aws:dynamodb:\(region):\(account):table/\(name)"
        case .sqsQueue: "arn:aws:sqs:\(region):\(account):\(name)"
        case .snsTopic: "arn:aws:sns:\(region):\(account):\(name)"
        case .s3Bucket: "arn:aws:s3:::\(name)"
        case .secret: "arn:aws:secretsmanager:\(region):\(account):secret:\(name)"
        }
        switch kind {
        case .dynamodbTable, .s3Bucket: return "{ name = \(HCL.string(name)), arn = \(HCL.string(arn)) }"
        case .sqsQueue: return "{ url = \(HCL.string("https://sqs.\(region).amazonaws.com/\(account)/\(name)")), arn = \(HCL.string(arn)) }"
        case .snsTopic, .secret: return HCL.string(arn)
        }
    }
}
