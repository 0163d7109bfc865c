import FlowCompiler
import FlowTestSupport
import Testing

/// Diagnostics that say how to fix what they report.
@Suite("Diagnostics that teach")
struct TeachingDiagnosticsTests {
    private func messages(_ flow: String) -> [String] {
        Compiler.compile(Fixture.project(["flows/f.yaml": flow])).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test("YAML syntax errors say what is wrong with the line", arguments: [
        ("flow: f\nblocks:\n  a:\n    play: Hi\n   next: b\n", "5:4 this line starts at column 4, but the keys of the mapping it continues"),
        ("flow: f\nblocks:\n\ta:\n    play: Hi\n", "3:1 this line is indented with a tab; YAML indents with spaces only"),
        ("flow: f\nblocks:\n  a:\n    play: \"Hi\n    next: b\n", "4:11 this quoted value is never closed"),
        ("flow: f\nblocks:\n  a:\n    play: \"Call \"Acme\" now\"\n", "4:18 text follows the closing quote of this value"),
        ("flow: f\nblocks:\n  a:\n    play: \"Hi\n    next: b\n  b:\n    play: \"Bye\"\n", "4:11 the quoted value on this line is never closed, so YAML reads on to line 7"),
        ("flow: f\nblocks:\n  a:\n    play: Note: calls are recorded\n", "4:15 this value holds ': '"),
    ])
    func yamlSyntax(_ flow: String, _ expected: String) {
        #expect(messages(flow).contains { $0.hasPrefix(expected) }, "\(messages(flow))")
    }

    @Test("a misshapen block reference says a block name is expected")
    func blockReference() {
        let found = messages("flow: f\nblocks:\n  a:\n    play: Hi\n    next: [b]\n    on_error: b\n  b:\n    disconnect:\n")
        #expect(found.contains("5:11 'next' must be a block name, found a list"))
    }

    @Test("an --env that does not exist lists the environments there are")
    func unknownEnvironment() {
        let compilation = Compiler.compile(Fixture.project(["flows/f.yaml": "flow: f\nblocks:\n  b:\n    disconnect:\n"]),
                                           options: CompileOptions(environment: "prd"))
        #expect(compilation.diagnostics.map(\.message) == [
            "--env names environment 'prd', which fixture/flowc.yaml does not declare (it declares prod); did you mean 'prod'?",
        ])
    }
}
