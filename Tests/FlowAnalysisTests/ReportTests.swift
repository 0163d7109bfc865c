import FlowAnalysis
import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// The retry-path report's bounds, attempts and worst-case time.
@Suite("Retry-path report")
struct ReportTests {
    private func report(_ flow: String) throws -> FlowReport {
        let compilation = Compiler.compile(Fixture.project(["flowc.yaml": RuleExample.project, "flows/flow.yaml": flow]))
        return FlowReport(try #require(compilation.flows.first))
    }

    @Test("a bounded menu and a bounded Lambda: attempts and time unrolled by their counts")
    func bounded() throws {
        let report = try report("""
            flow: bounded
            blocks:
              lookup:
                lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, timeout: 3, retries: 2, fallback: ask }
                next: ask
              ask:
                menu: { prompt: Press 1, timeout: 4, options: { 1: bye }, retries: 3, fallback: bye }
                on_error: bye
              bye:
                disconnect:
            """)
        #expect(report.cycles.map(\.bound) == [.counted(retries: 2), .counted(retries: 3)])
        #expect(report.mostAttempts == 4)
        #expect(report.worstCaseSeconds == 3 * 3 + 4 * 4)
        #expect(report.handledErrors == report.raisableErrors)
    }

    @Test("unbounded, caller-chosen and Lambda-decided cycles")
    func unboundedKinds() throws {
        let report = try report("""
            flow: kinds
            blocks:
              ask:
                menu: { prompt: Press 1, options: { 1: bye, 9: ask }, on_timeout: ask, on_invalid: bye }
                on_error: bye
              check:
                lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                next: decide
                on_error: bye
              decide:
                branch: { value: $.External.id, cases: { done: bye }, otherwise: check }
              bye:
                disconnect:
            """)
        #expect(report.cycles.map(\.bound) == [.unbounded, .lambdaAnswer(decidedBy: ["decide"])])
        #expect(report.worstCaseSeconds == nil)
        #expect(report.mostAttempts == nil)
        #expect(report.raisableErrors == 2 && report.handledErrors == 2)
    }

    @Test("a retry loop whose exit only a Lambda decides is a warning in Connect JSON too, and the report names the decider")
    func lambdaDecidedJSON() throws {
        let json = """
            {"Version": "2019-10-30", "StartAction": "call", "Actions": [
              {"Identifier": "call", "Type": "InvokeLambdaFunction",
               "Parameters": {"LambdaFunctionARN": "arn:aws:lambda:eu-west-2:111122223333:function:f", "InvocationTimeLimitSeconds": "3"},
               "Transitions": {"NextAction": "check", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
              {"Identifier": "check", "Type": "Compare", "Parameters": {"ComparisonValue": "$.External.done"},
               "Transitions": {"NextAction": "call", "Conditions": [{"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["true"]}}],
                               "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "call"}]}},
              {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
            """
        let file = SourceFile(path: "loop.json", relativePath: "loop.json", contents: Data(json.utf8))
        let compilation = Compiler.check(connectJSON: file, options: CompileOptions(isStrict: true))
        let loops = compilation.diagnostics.filter { $0.id == "unbounded_loop" }
        #expect(loops.map(\.severity) == [.warning])
        #expect(compilation.hasErrors, "--strict fails on the warning")
        #expect(loops.first?.notes.contains { $0.message.contains("'check' compares $.External.done") } == true)
        let report = FlowReport(try #require(compilation.flows.first))
        #expect(report.cycles.map(\.bound) == [.lambdaAnswer(decidedBy: ["check"])])
    }

    @Test("a cycle the cycle analysis cannot see (through a duplicated identifier) makes the time unbounded, not the report endless")
    func duplicatedIdentifierCycle() throws {
        // Transitions name the first 'a'; the second 'a' leads to 'b', which leads back to 'a'. Over
        // block positions there is no cycle, over identifiers there is: the worst-case walk kept
        // re-entering it, its stack growing without bound (issue 14).
        let json = """
            {"Version": "2019-10-30", "StartAction": "a", "Actions": [
              {"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"Text": "one"},
               "Transitions": {"NextAction": "c", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "c"}]}},
              {"Identifier": "b", "Type": "MessageParticipant", "Parameters": {"Text": "two"},
               "Transitions": {"NextAction": "a", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "a"}]}},
              {"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"Text": "three"},
               "Transitions": {"NextAction": "b", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "b"}]}},
              {"Identifier": "c", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
            """
        let file = SourceFile(path: "dup.json", relativePath: "dup.json", contents: Data(json.utf8))
        let compilation = Compiler.check(connectJSON: file, options: CompileOptions())
        #expect(compilation.diagnostics.contains { $0.id == "duplicate_identifier" })
        let report = FlowReport(try #require(compilation.flows.first))
        #expect(report.worstCaseSeconds == nil)
    }
}
