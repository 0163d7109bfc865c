import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// The Terraform module flowc writes, beyond what `terraform validate`, `fmt -check` and
/// `terraform test` check in CI: what it binds, grants, adopts and refuses.
@Suite("Terraform module")
struct TerraformTests {
    static let projectFile = """
        project: deploys
        flows: flows
        queues:
          billing: { description: Billing, create: { hours: office, max_contacts: 5 } }
          vip: { description: VIP, name: "VIP Queue" }
        hours:
          office: { description: Office, create: { time_zone: Europe/London, open: { monday: "09:00-17:30" } } }
        lambdas:
          recorder:
            memory: 512
            environment: { SURVEY_API_URL: Where answers go }
            uses:
              - { dynamodb_table: surveys, actions: [dynamodb:PutItem, dynamodb:GetItem], env: SURVEY_TABLE }
              - { secret: api-key, actions: [secretsmanager:GetSecretValue] }
          ledger:
            deploy: existing
        environments:
          prod:
            lambdas: { ledger: "arn:aws:lambda:eu-west-2:111122223333:function:ledger", recorder: "arn:aws:lambda:eu-west-2:111122223333:function:recorder" }
            queues:
              vip: "arn:aws:connect:eu-west-2:111122223333:instance/0c6a9f2e-0000-4000-8000-000000000000/queue/77"
              billing: "arn:aws:connect:eu-west-2:111122223333:instance/0c6a9f2e-0000-4000-8000-000000000000/queue/78"
            flows: { main: "arn:aws:connect:eu-west-2:111122223333:instance/0c6a9f2e-0000-4000-8000-000000000000/contact-flow/aa-11" }
        """

    static let main = """
        flow: main
        blocks:
          hello:
            play: "Costs ${price} %{today}"
            next: record
            on_error: bye
          record:
            lambda: { function: recorder, timeout: 6 }
            next: book
            on_error: bye
          book:
            lambda: { function: ledger }
            next: route
            on_error: bye
          route:
            transfer_to_queue: { queue: billing, on_at_capacity: bye }
            on_error: bye
          bye:
            disconnect:
        """

    static func build(_ files: [String: String]) -> Compilation {
        Compiler.compile(Fixture.project(files), options: CompileOptions(environment: "prod"))
    }

    static func file(_ compilation: Compilation, _ path: String) throws -> String {
        try #require(compilation.outputs.first { $0.path == path }, "\(compilation.diagnostics)").contents
    }

    @Test("a managed function gets exactly the actions it declares, on exactly its resources, and its settings")
    func leastPrivilege() throws {
        let lambdas = try Self.file(Self.build(["flowc.yaml": Self.projectFile, "flows/main.yaml": Self.main]), "terraform/lambdas.tf")
        #expect(lambdas.contains(#"{ Sid = "Uses1", Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:PutItem"], Resource = var.dynamodb_tables["surveys"].arn }"#))
        #expect(lambdas.contains(#"{ Sid = "Uses2", Effect = "Allow", Action = ["secretsmanager:GetSecretValue"], Resource = var.secret_arns["api-key"] }"#))
        #expect(lambdas.contains(#"SURVEY_TABLE            = var.dynamodb_tables["surveys"].name"#))
        #expect(lambdas.contains(#"API_KEY_SECRET_ARN      = var.secret_arns["api-key"]"#))
        #expect(lambdas.contains(#"SURVEY_API_URL          = var.settings["SURVEY_API_URL"]"#))
        #expect(lambdas.contains(#"CONNECT_TIMEOUT_SECONDS = "6""#) && lambdas.contains("timeout          = 7"))
        #expect(lambdas.contains("memory_size      = 512"))
        #expect(!lambdas.contains("\"*\"]") && !lambdas.contains("Action = \"*\""))
        // The other team's function: permission and association only, by the ARN the environment gives.
        #expect(!lambdas.contains("aws_lambda_function\" \"ledger\""))
        #expect(lambdas.contains(#"function_name  = var.existing_lambda_arns["ledger"]"#))
    }

    @Test("flow content binds each placeholder to what it names; template syntax in text is escaped")
    func content() throws {
        let compilation = Self.build(["flowc.yaml": Self.projectFile, "flows/main.yaml": Self.main])
        let flows = try Self.file(compilation, "terraform/flows.tf")
        #expect(flows.contains(#"lambda_ledger   = var.existing_lambda_arns["ledger"]"#))
        #expect(flows.contains("lambda_recorder = aws_lambda_function.recorder.arn"))
        #expect(flows.contains(#"queue_billing   = local.queue_arns["billing"]"#))
        #expect(flows.contains("depends_on = [aws_connect_lambda_function_association.ledger, aws_connect_lambda_function_association.recorder]"))
        let template = try Self.file(compilation, "connect/main.json")
        #expect(template.contains("Costs $${price} %%{today}"))
        let bound = try #require(compilation.environmentOutputs.first { $0.path == "connect/main.json" }).contents
        #expect(bound.contains("Costs ${price} %{today}") && bound.contains("function:ledger"))
        let connect = try Self.file(compilation, "terraform/connect.tf")
        #expect(connect.contains("hours_of_operation_id = aws_connect_hours_of_operation.office.hours_of_operation_id"))
        #expect(connect.contains(#"name        = "VIP Queue""#))
        #expect(connect.contains("hours   = 17") && connect.contains("minutes = 30"))
    }

    @Test("an environment's tfvars carry its ARNs, and its import blocks adopt the flows it says exist")
    func environments() throws {
        let compilation = Self.build(["flowc.yaml": Self.projectFile, "flows/main.yaml": Self.main])
        let tfvars = try Self.file(compilation, "terraform/environments/prod.tfvars")
        #expect(tfvars.contains(#"instance_id = "0c6a9f2e-0000-4000-8000-000000000000""#))
        #expect(tfvars.contains(#"vip = "arn:aws:connect:eu-west-2:111122223333:instance/0c6a9f2e-0000-4000-8000-000000000000/queue/77""#))
        #expect(tfvars.contains(#"ledger = "arn:aws:lambda:eu-west-2:111122223333:function:ledger""#))
        #expect(!tfvars.contains("billing"), "a queue the module creates is not bound")
        let imports = try Self.file(compilation, "terraform/imports/prod.tf")
        #expect(imports.contains("to = module.flowc.aws_connect_contact_flow.main"))
        #expect(imports.contains(#"id = "0c6a9f2e-0000-4000-8000-000000000000:aa-11""#))
    }

    @Test("two flows that transfer to each other: a located error naming the cycle and the ways out, nothing built")
    func cycle() {
        let compilation = Self.build([
            "flowc.yaml": Self.projectFile,
            "flows/main.yaml": "flow: main\nblocks:\n  go: { transfer_to_flow: back, on_error: bye }\n  bye: { disconnect: }\n",
            "flows/back.yaml": "flow: back\nblocks:\n  go: { transfer_to_flow: main, on_error: bye }\n  bye: { disconnect: }\n",
        ])
        let cycle = compilation.diagnostics.first { $0.id == "flow_reference_cycle" }
        #expect(cycle?.severity == .error && cycle?.location.file.hasSuffix("back.yaml") == true, "\(compilation.diagnostics)")
        #expect(cycle?.message.contains("'back', 'main'") == true && cycle?.message.contains("invoke_module") == true)
        #expect(compilation.outputs.isEmpty)
    }

    @Test("a function another team owns needs its ARN in every environment")
    func unboundExisting() {
        let unbound = Self.projectFile.replacingOccurrences(of: #"ledger: "arn:aws:lambda:eu-west-2:111122223333:function:ledger", "#, with: "")
        let compilation = Compiler.compile(Fixture.project(["flowc.yaml": unbound, "flows/main.yaml": Self.main]))
        let found = compilation.diagnostics.filter { $0.id == "unbound_reference" }
        #expect(found.map(\.message) == ["environment 'prod' binds no ARN for Lambda function 'ledger', which is deploy: existing; add it under environments.prod.lambdas"])
        #expect(compilation.outputs.isEmpty)
    }

    @Test("deployment keys that cannot work are located errors", arguments: [
        ("uses:\n      - { dynamodb_table: surveys, actions: [\"dynamodb:*\"] }", "is not one dynamodb action"),
        ("uses:\n      - { sqs_queue: q, actions: [\"dynamodb:PutItem\"] }", "is not one sqs action"),
        ("environment: { AWS_REGION: no }", "is reserved by Lambda"),
        ("memory: 64", "memory"),
    ])
    func badDeployment(_ yaml: String, _ message: String) {
        let project = "project: p\nflows: flows\nlambdas:\n  fn:\n    \(yaml)\n"
        let compilation = Compiler.compile(Fixture.project(["flowc.yaml": project, "flows/main.yaml": "flow: main\nblocks:\n  bye: { disconnect: }\n"]))
        #expect(compilation.diagnostics.contains { $0.severity == .error && $0.message.contains(message) && $0.location.line > 0 },
                "\(compilation.diagnostics.map(\.message))")
    }
}
