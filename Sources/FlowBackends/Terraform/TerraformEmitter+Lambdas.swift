import FlowCore

/// The Lambda functions: each one the project builds (`deploy: managed`) with its log group,
/// its role — logs, tracing, the key, and exactly the actions it declares on the resources it
/// `uses` — and the function itself on `provided.al2023`; every function, built here or another
/// team's, with the permission for Connect to invoke it (from this instance only) and its
/// association with the instance.
extension TerraformEmitter {
    /// Memory a function gets when flowc.yaml does not say.
    static let defaultMemory = 256

    func lambdas(_ project: TerraformProject) -> [HCL] {
        var items: [HCL] = []
        for lambda in project.managedLambdas {
            let id = HCL.identifier(lambda.name), name = "\"${var.name_prefix}\(lambda.name)\""
            items.append(.block("resource", ["aws_cloudwatch_log_group", id], [
                .attribute("name", "\"/aws/lambda/${var.name_prefix}\(lambda.name)\""),
                .attribute("retention_in_days", "var.log_retention_days"),
                .attribute("kms_key_id", "var.kms_key_arn"),
                .attribute("tags", "var.tags"),
            ]))
            items.append(.block("resource", ["aws_iam_role", id], [
                .attribute("name", name),
                .attribute("assume_role_policy", """
                    jsonencode({
                      Version   = "2012-10-17"
                      Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
                    })
                    """),
                .attribute("tags", "var.tags"),
            ]))
            items.append(.block("resource", ["aws_iam_role_policy", id], [
                .attribute("name", HCL.string("least-privilege")),
                .attribute("role", "aws_iam_role.\(id).id"),
                .attribute("policy", policy(lambda, id: id)),
            ]))
            items.append(function(lambda, id: id, name: name, project: project))
        }
        for lambda in project.lambdas.values.sorted(by: { $0.name < $1.name }) {
            let id = HCL.identifier(lambda.name)
            let arn = project.expression(ResourceReference(.lambda, lambda.name))
            let functionName = lambda.deploy == .managed ? "aws_lambda_function.\(id).function_name" : arn
            items.append(.block("resource", ["aws_lambda_permission", id], [
                .attribute("statement_id", HCL.string("AllowAmazonConnect")),
                .attribute("action", HCL.string("lambda:InvokeFunction")),
                .attribute("function_name", functionName),
                .attribute("principal", HCL.string("connect.amazonaws.com")),
                .attribute("source_arn", "data.aws_connect_instance.this.arn"),
                .attribute("source_account", "split(\":\", data.aws_connect_instance.this.arn)[4]"),
            ]))
            items.append(.block("resource", ["aws_connect_lambda_function_association", id], [
                .attribute("instance_id", "var.instance_id"),
                .attribute("function_arn", arn),
                .blank,
                .attribute("depends_on", "[aws_lambda_permission.\(id)]"),
            ]))
        }
        return items
    }

    private func function(_ lambda: LambdaContract, id: String, name: String, project: TerraformProject) -> HCL {
        // Connect waits at most this long; a second more lets the runtime report a handler still running.
        let connectTimeout = project.lambdaTimeouts[lambda.name] ?? lambda.timeout ?? 8
        var variables = [("CONNECT_TIMEOUT_SECONDS", HCL.string(String(connectTimeout)))]
        variables += lambda.settings.map { ($0.name, "var.settings[\(HCL.string($0.name))]") }
        variables += lambda.uses.map { ($0.environmentVariable, Self.uses($0).handedOver) }
        var body: [HCL] = [
            .attribute("function_name", name),
        ]
        if let description = lambda.description { body.append(.attribute("description", HCL.string(description))) }
        body += [
            .attribute("role", "aws_iam_role.\(id).arn"),
            .attribute("runtime", HCL.string("provided.al2023")),
            .attribute("architectures", "[\"x86_64\"]"),
            .attribute("handler", HCL.string(lambda.name)),
            .attribute("filename", "var.lambda_package"),
            .attribute("source_code_hash", "var.lambda_package_hash"),
            .attribute("memory_size", String(lambda.memory ?? Self.defaultMemory)),
            .attribute("timeout", String(connectTimeout + 1)),
            .attribute("kms_key_arn", "var.kms_key_arn"),
            .attribute("tags", "var.tags"),
            .blank,
            .block("tracing_config", [], [.attribute("mode", HCL.string("Active"))]),
            .blank,
            .block("environment", [], [.attribute("variables", HCL.object(variables.sorted { $0.0 < $1.0 }))]),
            .blank,
            .attribute("depends_on", "[aws_cloudwatch_log_group.\(id), aws_iam_role_policy.\(id)]"),
        ]
        return .block("resource", ["aws_lambda_function", id], body)
    }

    /// The function's policy: what every function needs, then each resource it uses.
    private func policy(_ lambda: LambdaContract, id: String) -> String {
        var statements = [
            "{ Sid = \"Logs\", Effect = \"Allow\", Action = [\"logs:CreateLogStream\", \"logs:PutLogEvents\"], Resource = \"${aws_cloudwatch_log_group.\(id).arn}:*\" }",
            // X-Ray's trace actions take no resource ARN.
            "{ Sid = \"Tracing\", Effect = \"Allow\", Action = [\"xray:PutTelemetryRecords\", \"xray:PutTraceSegments\"], Resource = \"*\" }",
            "{ Sid = \"Environment\", Effect = \"Allow\", Action = [\"kms:Decrypt\"], Resource = var.kms_key_arn }",
        ]
        for (index, use) in lambda.uses.enumerated() {
            let actions = "[" + use.actions.sorted().map { HCL.string($0) }.joined(separator: ", ") + "]"
            statements.append("{ Sid = \"Uses\(index + 1)\", Effect = \"Allow\", Action = \(actions), Resource = \(Self.uses(use).arn) }")
        }
        return "jsonencode({\n  Version = \"2012-10-17\"\n  Statement = [\n" + statements.map { "    \($0),\n" }.joined() + "  ]\n})"
    }
}
