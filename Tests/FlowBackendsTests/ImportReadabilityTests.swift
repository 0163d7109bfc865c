import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// What `flowc import` writes reads like a person wrote it: blocks named after what they do,
/// templated resources named after their template, conditions in the language's own syntax;
/// and it still builds back to the original flow.
@Suite("Import readability")
struct ImportReadabilityTests {
    /// Imports one flow and rebuilds it: the flow's source, `flowc.yaml`, and whether the
    /// rebuilt Connect JSON is equivalent to `json`.
    static func importAndRebuild(_ json: String) throws -> (flow: String, project: String, difference: String?) {
        let source = SourceFile(path: "in/flow.json", relativePath: "flow.json", contents: Data(json.utf8))
        let result = Importer.run([source], kind: nil, name: nil, project: "readable")
        let flow = try #require(result.files.first { $0.path == "flow.yaml" }, "\(result.diagnostics)").contents
        let project = try #require(result.files.first { $0.path == "flowc.yaml" }).contents
        let build = Compiler.compile(ProjectSources(root: "out", files: result.files.map {
            SourceFile(path: "out/\($0.path)", relativePath: $0.path, contents: Data($0.contents.utf8))
        }))
        let rebuilt = try #require(build.environmentOutputs.first { $0.path == "connect/flow.json" }, "\(build.diagnostics)")
        return (flow, project, ConnectEquivalence.difference(json, rebuilt.contents))
    }

    static func uuid(_ serial: Int) -> String { "00000000-0000-4000-8000-" + String(format: "%012d", serial) }

    /// `count` UUID-named prompts of the same text in a chain, then a disconnect.
    static func samePrompts(_ count: Int) -> String {
        let prompts = (1...count).map { index in
            """
            {"Identifier": "\(uuid(index))", "Type": "MessageParticipant", "Parameters": {"Text": "Please hold while we look that up"},
             "Transitions": {"NextAction": "\(uuid(index + 1))", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "\(uuid(index + 1))"}]}}
            """
        }
        let bye = #"{"Identifier": "\#(uuid(count + 1))", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}"#
        return #"{"Version": "2019-10-30", "StartAction": "\#(uuid(1))", "Actions": [\#((prompts + [bye]).joined(separator: ","))]}"#
    }

    @Test("blocks with the same text get longer names, then one number each: never a chain of numbers")
    func namesWithoutChains() throws {
        let imported = try Self.importAndRebuild(Self.samePrompts(6))
        #expect(imported.difference == nil)
        let names = imported.flow.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.hasSuffix(":") }
            .map { String($0.dropFirst(2).dropLast()) }
        #expect(names.count == 7)
        #expect(Set(names).count == names.count)
        #expect(names.first == "please-hold-while-we")
        #expect(names.contains("please-hold-while-we-look-that-up"))
        #expect(names.contains { $0.hasPrefix("please-hold-while-we-then-") })
        #expect(!names.contains { $0.contains(try! Regex(#"-[0-9]+-[0-9]+$"#)) }, "\(names)")
        #expect(!names.contains { $0.contains("00000000") })
    }

    @Test("a flow over Connect's size limit imports and builds: flowc.yaml makes that finding a warning, saying why")
    func oversizedFlow() throws {
        let imported = try Self.importAndRebuild(Self.samePrompts(260))
        #expect(imported.difference == nil)
        #expect(imported.project.hasSuffix("rules:\n  flow_too_large: warning   # in the original flow when imported; fix it, then delete this line\n"))
    }

    @Test("templated resources are named after their template", arguments: [
        ("LambdaFunctionARN", "${LambdaGetSurveyConfig.Arn}", "lambdas:", "get-survey-config"),
        ("LambdaFunctionARN", "{{lambdaFunctions.connectgetcallbackstatus.arn}}", "lambdas:", "connectgetcallbackstatus"),
        ("QueueId", #"${var.queues_map[\"_0x_billing_queue\"]}"#, "queues:", "billing-queue"),
        ("QueueId", "${aws_connect_queue.billing.queue_id}", "queues:", "billing"),
        ("LambdaFunctionARN", "${data.aws_lambda_function.lookup_customer.arn}", "lambdas:", "lookup-customer"),
    ])
    func templatedResources(_ parameter: String, _ template: String, _ section: String, _ name: String) throws {
        let parameters = parameter == "QueueId" ? #"{"QueueId": "\#(template)"}"#
            : #"{"LambdaFunctionARN": "\#(template)", "InvocationTimeLimitSeconds": "3"}"#
        let type = parameter == "QueueId" ? "UpdateContactTargetQueue" : "InvokeLambdaFunction"
        let json = #"""
            {"Version": "2019-10-30", "StartAction": "\#(Self.uuid(1))", "Actions": [
              {"Identifier": "\#(Self.uuid(1))", "Type": "\#(type)", "Parameters": \#(parameters),
               "Transitions": {"NextAction": "\#(Self.uuid(2))", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "\#(Self.uuid(2))"}]}},
              {"Identifier": "\#(Self.uuid(2))", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
            """#
        let imported = try Self.importAndRebuild(json)
        #expect(imported.difference == nil)
        let section = try #require(imported.project.components(separatedBy: "\n\(section)\n").dropFirst().first)
        #expect(section.hasPrefix("  \(name):"), "\(imported.project)")
        // A friendly block (`lambda: { function: NAME }`, `set_queue: NAME`), not the generic form.
        #expect(imported.flow.contains(": \(name)\n") && !imported.flow.contains("action:"), "\(imported.flow)")
    }

    @Test("conditions are written in the language's syntax: a bare value for equality, the value quoted only when it must be")
    func conditionSyntax() throws {
        let conditions = [
            ("Equals", "VIP"), ("NumberGreaterThan", "20"), ("TextStartsWith", "GOLD"), ("Equals", " padded "), ("Equals", "> 5"),
        ].map { condition in
            #"{"NextAction": "\#(Self.uuid(2))", "Condition": {"Operator": "\#(condition.0)", "Operands": ["\#(condition.1)"]}}"#
        }
        let json = #"""
            {"Version": "2019-10-30", "StartAction": "\#(Self.uuid(1))", "Actions": [
              {"Identifier": "\#(Self.uuid(1))", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Attributes.tier"},
               "Transitions": {"NextAction": "\#(Self.uuid(2))", "Conditions": [\#(conditions.joined(separator: ","))],
                               "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "\#(Self.uuid(2))"}]}},
              {"Identifier": "\#(Self.uuid(2))", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
            """#
        let imported = try Self.importAndRebuild(json)
        #expect(imported.difference == nil)
        for key in ["VIP:", #""> 20":"#, #""starts with GOLD":"#, #""== \" padded \"":"#, #""== > 5":"#] {
            #expect(imported.flow.contains(key), "\(key) in \(imported.flow)")
        }
    }
    /// A describe-contact-flow response for `content`, with the flow's ARN.
    static func described(_ content: String, arn: String, name: String) throws -> Data {
        let response: [String: Any] = ["ContactFlow": ["Arn": arn, "Name": name, "Type": "CONTACT_FLOW", "Content": content]]
        return try JSONSerialization.data(withJSONObject: response, options: [.sortedKeys])
    }

    @Test("flows imported together from describe-contact-flow responses transfer to each other by name")
    func flowsKnowEachOther() throws {
        let instance = "arn:aws:connect:eu-west-2:111122223333:instance/0c6a9f2e-0000-4000-8000-000000000000"
        let otherARN = "\(instance)/contact-flow/7d1e2f3a-0000-4000-8000-000000000000"
        let externalARN = "\(instance)/contact-flow/99999999-0000-4000-8000-000000000000"
        func transfer(to target: String) -> String {
            #"""
            {"Version": "2019-10-30", "StartAction": "\#(Self.uuid(1))", "Actions": [
              {"Identifier": "\#(Self.uuid(1))", "Type": "TransferToFlow", "Parameters": {"ContactFlowId": "\#(target)"},
               "Transitions": {"Errors": [{"ErrorType": "NoMatchingError", "NextAction": "\#(Self.uuid(2))"}]}},
              {"Identifier": "\#(Self.uuid(2))", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
            """#
        }
        let files = [
            SourceFile(path: "in/main.json", relativePath: "main.json",
                       contents: try Self.described(transfer(to: otherARN), arn: "\(instance)/contact-flow/11111111-0000-4000-8000-000000000000", name: "Main")),
            SourceFile(path: "in/billing.json", relativePath: "billing.json", contents: try Self.described(transfer(to: externalARN), arn: otherARN, name: "Billing")),
        ]
        let result = Importer.run(files, kind: nil, name: nil, project: "together")
        let main = try #require(result.files.first { $0.path == "main.yaml" }, "\(result.diagnostics)").contents
        let project = try #require(result.files.first { $0.path == "flowc.yaml" }).contents
        #expect(main.contains("transfer_to_flow: billing"), "\(main)")
        #expect(project.contains("external_flows:\n  flow-99999999: Imported\n") && !project.contains("  billing: Imported"), "\(project)")
        #expect(project.contains("      billing: \"\(otherARN)\""))
        let build = Compiler.compile(ProjectSources(root: "out", files: result.files.map {
            SourceFile(path: "out/\($0.path)", relativePath: $0.path, contents: Data($0.contents.utf8))
        }))
        let rebuilt = try #require(build.environmentOutputs.first { $0.path == "connect/main.json" }, "\(build.diagnostics)")
        #expect(ConnectEquivalence.difference(transfer(to: otherARN), rebuilt.contents) == nil)
    }
}
