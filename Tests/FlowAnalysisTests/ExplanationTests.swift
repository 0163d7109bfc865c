import FlowAnalysis
import FlowCompiler
import Testing

/// The compiler's own diagnostics are explained like the rules, and their examples run as tests.
@Suite("Explanations of compiler diagnostics")
struct ExplanationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let explanation: Explanation
        let example: RuleExample
        var testDescription: String { "\(explanation.kind.id): \(example.title)" }
    }

    static let cases: [Case] = Explanations.all.flatMap { explanation in
        explanation.examples.map { Case(explanation: explanation, example: $0) }
    }

    @Test("each example reports exactly what it marks", arguments: cases)
    func example(_ testCase: Case) {
        RuleExampleTests.check(testCase.example, reports: testCase.explanation.kind.id,
                               options: CompileOptions(environment: testCase.explanation.environment))
    }

    @Test("every explanation has a triggering and a clean example, and names a catalogued diagnostic")
    func complete() {
        for explanation in Explanations.all {
            #expect(explanation.examples.contains { $0.triggers } && explanation.examples.contains { !$0.triggers })
            #expect(DiagnosticCatalog.kinds.contains(explanation.kind))
            #expect(RuleRegistry.rule(explanation.kind.id) == nil)
        }
    }
}
