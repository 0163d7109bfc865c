import FlowAnalysis
import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// Every id flowc can print has an `explain` entry with examples, and the examples of the
/// diagnostics that are not rules run as tests here (the rules' in `RuleExampleTests`).
@Suite("Explanations of every diagnostic")
struct ExplanationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let explanation: Explanation
        let example: DiagnosticExample
        var testDescription: String { "\(explanation.kind.id): \(example.title)" }
    }

    static let cases: [Case] = Explanations.all.flatMap { explanation in
        explanation.examples.map { Case(explanation: explanation, example: $0) }
    }

    @Test("each example reports exactly where it says", arguments: cases)
    func example(_ testCase: Case) {
        let id = testCase.explanation.kind.id, example = testCase.example
        let compilation: Compilation
        var marked: [String: String] = [:]
        switch example.input {
        case .project(let files, let bytes):
            let contents = files.mapValues { Data($0.utf8) }.merging(bytes.mapValues { Data($0) }) { text, _ in text }
            let sources = ProjectSources(root: "fixture", files: contents.keys.sorted().map {
                SourceFile(path: "fixture/\($0)", relativePath: $0, contents: contents[$0]!)
            })
            compilation = Compiler.compile(sources, options: CompileOptions(environment: example.environment))
            marked = files
        case .connectJSON(let json):
            let file = SourceFile(path: "example.json", relativePath: "example.json", contents: Data(json.utf8))
            compilation = Compiler.check(connectJSON: file)
        }
        let actual = Set(compilation.diagnostics.filter { $0.id == id }.map(\.location.description))
        let markers = marked.flatMap { path, text in
            SourceMarker.parse(text).filter { $0.id == id }.map { "fixture/\(path):\($0)" }
        }
        let expected = Set(example.reports ?? markers.map { String($0.dropLast(" [\(id)]".count)) })
        #expect(actual == expected, "\(compilation.diagnostics)")
        #expect(example.triggers == !expected.isEmpty, "a triggering example must say where it reports")
    }

    @Test("every id flowc can print has an explanation or is a rule, with triggering and clean examples")
    func everyID() {
        for kind in DiagnosticCatalog.kinds {
            if let rule = RuleRegistry.rule(kind.id) {
                #expect(Explanations.explanation(for: kind.id) == nil, "\(kind.id) is explained twice")
                #expect(rule.info.examples.contains { $0.triggers } && rule.info.examples.contains { !$0.triggers })
                continue
            }
            guard let explanation = Explanations.explanation(for: kind.id) else {
                Issue.record("no `flowc explain` entry for \(kind.id)")
                continue
            }
            #expect(!explanation.rationale.isEmpty)
            #expect(explanation.examples.contains { !$0.triggers }, "\(kind.id) has no clean example")
            #expect(explanation.examples.contains { $0.triggers } || explanation.untriggerable != nil,
                    "\(kind.id) has no triggering example")
        }
        #expect(Set(Explanations.all.map(\.kind.id)).isSubset(of: Set(DiagnosticCatalog.kinds.map(\.id))))
    }
}
