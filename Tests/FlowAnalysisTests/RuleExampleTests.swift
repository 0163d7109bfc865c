import FlowAnalysis
import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// Every rule's documented examples run as tests: triggering examples report exactly the
/// marked findings of that rule, clean examples none.
@Suite("Rule examples")
struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: RuleExample
        var testDescription: String { "\(rule): \(example.title)" }
    }

    static let cases: [Case] = RuleRegistry.rules.flatMap { rule in
        rule.info.examples.map { Case(rule: rule.info.id, example: $0) }
    }

    @Test("each example reports exactly what it marks", arguments: cases)
    func example(_ testCase: Case) {
        Self.check(testCase.example, reports: testCase.rule)
    }

    /// Checks that a triggering example reports exactly the diagnostics of `id` it marks, and a
    /// clean one none.
    static func check(_ example: RuleExample, reports id: String, options: CompileOptions = CompileOptions()) {
        switch example.source {
        case .flowLanguage(let files):
            var all = Dictionary(uniqueKeysWithValues: files.map { (Self.path(of: $0.key), $0.value) })
            if all["flowc.yaml"] == nil { all["flowc.yaml"] = RuleExample.project }
            let compilation = Compiler.compile(Fixture.project(all), options: options)
            let frontendErrors = compilation.diagnostics.filter { $0.severity == .error && $0.id != id && RuleRegistry.rule($0.id) == nil }
            #expect(frontendErrors.isEmpty, "the example does not compile: \(frontendErrors)")
            let actual = Set(compilation.diagnostics.filter { $0.id == id }.map {
                "\($0.location.file):\($0.location.line):\($0.location.column) [\($0.id)]"
            })
            var expected = Set<String>()
            for (name, text) in files {
                for marker in SourceMarker.parse(text) where marker.id == id {
                    expected.insert("fixture/\(Self.path(of: name)):\(marker)")
                }
            }
            #expect(actual == expected)
            #expect(example.triggers == !expected.isEmpty, "a triggering example must mark a finding")
        case .connectJSON(let json, let kind, let reported):
            let file = SourceFile(path: "example.json", relativePath: "example.json", contents: Data(json.utf8))
            let compilation = Compiler.check(connectJSON: file, kind: kind)
            #expect(!compilation.diagnostics.contains { $0.severity == .error && RuleRegistry.rule($0.id) == nil })
            let actual = compilation.diagnostics.filter { $0.id == id }.map { $0.block ?? "" }
            #expect(actual.sorted() == reported.sorted())
            #expect(example.triggers == !reported.isEmpty)
        }
    }

    /// Where an example's file goes in the fixture project: flows under `flows/`.
    private static func path(of name: String) -> String { name == "flowc.yaml" ? name : "flows/\(name)" }

    @Test("the registry holds the fixed ids, each with triggering and clean examples")
    func registry() {
        let ids = RuleRegistry.ids
        #expect(Set(ids).count == ids.count)
        let fixed = ["unreachable_block", "dead_end", "dangling_transition", "missing_start", "unhandled_error",
                     "invalid_conditions", "unbounded_loop", "flow_too_large", "invalid_identifier", "duplicate_identifier",
                     "lambda_timeout_range", "action_not_allowed", "unknown_flow_reference", "flow_reference_cycle",
                     "silent_failure"]
        #expect(Set(fixed).isSubset(of: Set(ids)))
        for rule in RuleRegistry.rules {
            #expect(rule.info.examples.contains { $0.triggers }, "\(rule.info.id) has no triggering example")
            #expect(rule.info.examples.contains { !$0.triggers }, "\(rule.info.id) has no clean example")
            #expect(!rule.info.rationale.isEmpty)
        }
    }
}
