import FlowCore
import FlowFrontend
import FlowTestSupport
import Foundation
import Testing

/// Reading Connect flow-language JSON into the IR.
@Suite("Connect JSON import")
struct ConnectImportTests {
    /// Diagnostic kinds these tests cover, for the frontend registry test.
    static let coveredKinds: Set<String> = ["invalid_json", "not_flow_language", "unknown_action_type", "unknown_operator"]

    private func read(_ json: String, kind: FlowKind? = nil) -> (FlowGraph?, [Diagnostic]) {
        ConnectFlowImporter.read(SourceFile(path: "in.json", relativePath: "in.json", contents: Data(json.utf8)), kind: kind)
    }

    @Test("actions, transitions and positions are read")
    func actions() throws {
        let (graph, diagnostics) = read("""
            {"Version": "2019-10-30", "StartAction": "ask",
             "Actions": [
              {"Identifier": "ask", "Type": "GetParticipantInput",
               "Parameters": {"Text": "Press 1", "InputTimeLimitSeconds": 5, "StoreInput": "False"},
               "Transitions": {"NextAction": "bye",
                 "Conditions": [{"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["1"]}}],
                 "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
              {"Identifier": "bye", "Type": "DisconnectParticipant", "Transitions": {}}
             ]}
            """)
        #expect(diagnostics.isEmpty)
        let flow = try #require(graph)
        #expect(flow.name == "in" && flow.kind == .flow(.contactFlow) && flow.format == .connectJSON)
        #expect(flow.blocks.map(\.id) == ["ask", "bye"])
        #expect(flow.blocks[0].parameters["InputTimeLimitSeconds"] == .number("5"))
        #expect(flow.blocks[0].outcomes.map(\.kind) == [.next, .condition(.equals("1")), .error("NoMatchingError")])
        #expect(flow.blocks[0].location == SourceLocation(file: "in.json", line: 3, column: 3))
        #expect(flow.blocks[1].parameters.isEmpty)
    }

    @Test("a flow with a Return action is a module unless a type is given")
    func moduleDetection() {
        let json = #"{"Version": "2019-10-30", "StartAction": "r", "Actions": [{"Identifier": "r", "Type": "EndFlowModuleExecution", "Parameters": {}, "Transitions": {}}]}"#
        #expect(read(json).0?.kind == .module)
        #expect(read(json, kind: .flow(.customerQueue)).0?.kind == .flow(.customerQueue))
    }

    @Test("a describe-contact-flow response is unwrapped, with its type")
    func describeResponse() {
        let content = #"{\"Version\": \"2019-10-30\", \"StartAction\": \"e\", \"Actions\": [{\"Identifier\": \"e\", \"Type\": \"EndFlowExecution\", \"Parameters\": {}, \"Transitions\": {}}]}"#
        let (graph, diagnostics) = read(#"{"ContactFlow": {"Type": "CUSTOMER_QUEUE", "Content": "\#(content)"}}"#)
        #expect(diagnostics.isEmpty)
        #expect(graph?.kind == .flow(.customerQueue))
        #expect(graph?.blocks.first?.location.line == 1)
    }

    @Test("what is not flow language gets one clear error", arguments: [
        (#"{"modules": [{"id": "x", "type": "PlayPrompt"}], "version": "1"}"#, "legacy flow designer"),
        (#"{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}"#, "CloudFormation template"),
        ("[1, 2]", "holds an array"),
        (#"{"Version": "2019-10-30"}"#, "has no \"Actions\""),
    ])
    func notFlowLanguage(_ json: String, _ phrase: String) {
        let (graph, diagnostics) = read(json)
        #expect(graph == nil)
        #expect(diagnostics.map(\.id) == ["not_flow_language"])
        #expect(diagnostics.first?.message.contains(phrase) == true, "\(diagnostics)")
    }

    @Test("invalid JSON is located", arguments: [
        ("{\"a\": 1,\n  \"b\": }", 2, 8), ("{\"a\": \"open", 1, 12), ("{\"a\": 1} x", 1, 10), ("", 1, 1), ("{\"a\": tru}", 1, 7),
    ])
    func invalidJSON(_ json: String, _ line: Int, _ column: Int) {
        let (graph, diagnostics) = read(json)
        #expect(graph == nil)
        #expect(diagnostics.map(\.id) == ["invalid_json"])
        #expect(diagnostics.first?.location.line == line)
        #expect(diagnostics.first?.location.column == column)
    }

    @Test("a UTF-8 byte order mark before the JSON is skipped, as in YAML; positions stay those an editor shows")
    func byteOrderMark() throws {
        let json = "\u{FEFF}" + #"{"Version": "2019-10-30", "StartAction": "a", "Actions": [{"Identifier": "a", "Type": "DisconnectParticipant"}]}"#
        let (graph, diagnostics) = read(json)
        #expect(try #require(graph).blocks.count == 1 && diagnostics.isEmpty)
        let (_, broken) = read("\u{FEFF}{x")
        #expect(broken.map(\.id) == ["invalid_json"] && broken.first?.location.column == 2)
    }

    @Test("a condition entry without a Condition object is reported where the entry is")
    func conditionWithoutCondition() {
        let (_, diagnostics) = read("""
            {"Version": "2019-10-30", "StartAction": "c", "Actions": [
              {"Identifier": "c", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Attributes.x"},
               "Transitions": {"NextAction": "d", "Conditions": [{"NextAction": "d"}]}},
              {"Identifier": "d", "Type": "DisconnectParticipant"}]}
            """)
        let missing = diagnostics.first { $0.id == "missing_key" }
        #expect(missing?.location == SourceLocation(file: "in.json", line: 3, column: 54))
    }

    @Test("newer action types and operators load with a warning")
    func lenient() throws {
        let (graph, diagnostics) = read("""
            {"Version": "2019-10-30", "StartAction": "a", "Actions": [
              {"Identifier": "a", "Type": "RenderMessageTemplate", "Transitions": {"NextAction": "b"}},
              {"Identifier": "b", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Attributes.x"},
               "Transitions": {"Conditions": [{"NextAction": "c", "Condition": {"Operator": "TextMatchesRegex", "Operands": ["."]}}],
                               "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "c"}]}},
              {"Identifier": "c", "Type": "DisconnectParticipant"}]}
            """)
        #expect(diagnostics.map(\.id).sorted() == ["unknown_action_type", "unknown_operator"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(try #require(graph).blocks[1].outcomes.count == 2)
    }

    @Test("deep nesting and huge inputs are rejected without a crash")
    func hostile() {
        #expect(read(String(repeating: "[", count: 100_000)).1.map(\.id) == ["invalid_json"])
        #expect(read("\"\\ud800\"").1.map(\.id) == ["not_flow_language"])
    }
}
