import FlowAnalysis
import FlowCompiler
import FlowTestSupport
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
}
