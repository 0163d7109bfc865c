import FlowTestSupport
import Foundation
import Testing

/// `flowc import` end to end: what it writes, what it refuses, and that the result builds back.
@Suite("flowc import", .serialized)
struct ImportCommandTests {
    static let corpus = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// A flow with an action type newer than the catalogue, a Lambda ARN and a queue ARN.
    static let newer = """
        {"Version": "2019-10-30", "StartAction": "11111111-1111-4111-8111-111111111111", "Actions": [
          {"Identifier": "11111111-1111-4111-8111-111111111111", "Type": "RenderMessageTemplate",
           "Parameters": {"TemplateName": "welcome", "Retries": 2, "Strict": true},
           "Transitions": {"NextAction": "call", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "call", "Type": "InvokeLambdaFunction",
           "Parameters": {"LambdaFunctionARN": "arn:aws:lambda:eu-west-2:111122223333:function:lookup-customer:live",
                          "InvocationTimeLimitSeconds": "3", "LambdaInvocationAttributes": {"phone": "$.CustomerEndpoint.Address"}},
           "Transitions": {"NextAction": "queue", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "queue", "Type": "UpdateContactTargetQueue",
           "Parameters": {"QueueId": "arn:aws:connect:eu-west-2:111122223333:instance/abc/queue/2b3c4d5e-0000-4000-8000-000000000000"},
           "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
        """

    private func write(_ text: String, name: String) throws -> URL {
        let url = try FlowcProcess.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("imports a flow, names its resources and newer action types, and builds back to the same flow")
    func importAndBuild() throws {
        let input = try write(Self.newer, name: "welcome.json")
        let out = try FlowcProcess.temporaryDirectory().appendingPathComponent("welcome-project")
        let result = try FlowcProcess.run(["import", input.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let project = try String(contentsOf: out.appendingPathComponent("flowc.yaml"), encoding: .utf8)
        #expect(project.contains("lookup-customer:"))
        #expect(project.contains("\"arn:aws:lambda:eu-west-2:111122223333:function:lookup-customer:live\""))
        #expect(project.contains("queue-2b3c4d5e:"))
        let flow = try String(contentsOf: out.appendingPathComponent("welcome.yaml"), encoding: .utf8)
        #expect(flow.contains("Action types newer than flowc's catalogue, kept as written: RenderMessageTemplate."))
        #expect(flow.contains("set_queue: queue-2b3c4d5e"))

        let check = try FlowcProcess.run(["check", out.path])
        #expect(check.stdout.contains("[unknown_action]"))
        let built = out.appendingPathComponent("generated")
        #expect(try FlowcProcess.run(["build", "--project", out.path, "--out", built.path]).status == 0)
        // The imported project's default environment binds the original ARNs; its build is beside the placeholders.
        let rebuilt = try String(contentsOf: built.appendingPathComponent("env/imported/connect/welcome.json"), encoding: .utf8)
        #expect(ConnectEquivalence.difference(Self.newer, rebuilt) == nil)
    }

    @Test("bad input is a located error and writes nothing", arguments: [
        ("{\"Version\": \"2019-10-30\", \"Actions\": [", "invalid_json"),
        ("{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}", "not_flow_language"),
        ("{\"Version\": \"2019-10-30\", \"StartAction\": \"a\", \"Actions\": []}", "invalid_value"),
        ("{\"Version\": \"2019-10-30\", \"StartAction\": \"a\", \"Actions\": [{\"Identifier\": \"a\", \"Type\": \"MessageParticipant\", \"Parameters\": {\"Text\": \"Hi\"}, \"Transitions\": {\"NextAction\": \"gone\"}}]}", "unknown_reference"),
        // Read as `==` to analyse it, an operator flowc does not know would change the flow if written.
        ("{\"Version\": \"2019-10-30\", \"StartAction\": \"a\", \"Actions\": [{\"Identifier\": \"a\", \"Type\": \"Compare\", \"Parameters\": {\"ComparisonValue\": \"$.Attributes.x\"}, \"Transitions\": {\"NextAction\": \"b\", \"Conditions\": [{\"NextAction\": \"b\", \"Condition\": {\"Operator\": \"StartsWith\", \"Operands\": [\"G\"]}}], \"Errors\": [{\"ErrorType\": \"NoMatchingCondition\", \"NextAction\": \"b\"}]}}, {\"Identifier\": \"b\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {}}]}", "unknown_operator"),
    ])
    func badInput(_ json: String, _ id: String) throws {
        let input = try write(json, name: "bad.json")
        let out = try FlowcProcess.temporaryDirectory().appendingPathComponent("never")
        let result = try FlowcProcess.run(["import", input.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[\(id)]"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.json:"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a folder imports every .json below it (not hidden ones) as one project; an empty one is an error")
    func folderImport() throws {
        let export = try FlowcProcess.temporaryDirectory().appendingPathComponent("instance-export")
        for (path, name) in [("welcome.json", "welcome"), ("queues/billing.json", "billing"), (".cache/stale.json", "stale")] {
            let url = export.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(Self.newer.replacingOccurrences(of: "lookup-customer", with: "lookup-\(name)").utf8).write(to: url)
        }
        let out = try FlowcProcess.temporaryDirectory().appendingPathComponent("instance-project")
        let result = try FlowcProcess.run(["import", export.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["billing.yaml", "flowc.yaml", "welcome.yaml"])
        let project = try String(contentsOf: out.appendingPathComponent("flowc.yaml"), encoding: .utf8)
        #expect(project.contains("lookup-welcome:") && project.contains("lookup-billing:"))
        #expect(try FlowcProcess.run(["build", "--project", out.path, "--out", out.appendingPathComponent("generated").path]).status == 0)

        let empty = try FlowcProcess.temporaryDirectory().appendingPathComponent("empty-export")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nothing = try FlowcProcess.run(["import", empty.path, "--out", out.path + "-2"])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("holds no .json files"))
    }

    @Test("an import never replaces a file: not the project file (a flow named flowc), not one already in --out")
    func neverReplaces() throws {
        let export = try FlowcProcess.temporaryDirectory()
        try Data(Self.newer.utf8).write(to: export.appendingPathComponent("flowc.json"))
        let out = try FlowcProcess.temporaryDirectory().appendingPathComponent("named-flowc")
        let result = try FlowcProcess.run(["import", export.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["flowc-2.yaml", "flowc.yaml"])
        #expect(try FlowcProcess.run(["check", out.path]).status == 0)

        let occupied = try FlowcProcess.temporaryDirectory()
        try Data("my notes".utf8).write(to: occupied.appendingPathComponent("welcome.yaml"))
        let input = try write(Self.newer, name: "welcome.json")
        let refused = try FlowcProcess.run(["import", input.path, "--out", occupied.path])
        #expect(refused.status == 2 && refused.stderr.contains("welcome.yaml'; nothing was written"), "\(refused.stderr)")
        #expect(FlowcProcess.snapshot(occupied) == ["welcome.yaml": Data("my notes".utf8)])
    }

    @Test("an action type with nothing to name a block after still imports")
    func namelessType() throws {
        let json = #"{"Version": "2019-10-30", "StartAction": "11111111-1111-4111-8111-111111111111", "Actions": [{"Identifier": "11111111-1111-4111-8111-111111111111", "Type": "_", "Parameters": {}, "Transitions": {}}]}"#
        let input = try write(json, name: "odd.json")
        let out = try FlowcProcess.temporaryDirectory().appendingPathComponent("odd")
        let result = try FlowcProcess.run(["import", input.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("odd.yaml"), encoding: .utf8).contains("  block:\n"))
    }

    @Test("a legacy designer export says how to export the flow language")
    func legacy() throws {
        let out = try FlowcProcess.temporaryDirectory().appendingPathComponent("legacy")
        let result = try FlowcProcess.run(["import", Self.corpus.appendingPathComponent("021-legacy-awssample-inbound-first-contact.json").path,
                                           "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("describe-contact-flow"))
    }

    @Test("an existing project is never overwritten")
    func existingProject() throws {
        let input = try write(Self.newer, name: "welcome.json")
        let result = try FlowcProcess.run(["import", input.path, "--out", Repository.url("Examples").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("already holds a flowc project"))
    }
}
