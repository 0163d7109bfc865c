import FlowAnalysis
import FlowCompiler
import FlowTestSupport
import Testing

/// Severities from flowc.yaml, suppressions on blocks, and `--strict`.
@Suite("Policy")
struct PolicyTests {
    /// A flow whose lookup fails silently (silent_failure) and which has an orphan block
    /// (unreachable_block).
    static let flow = """
        flow: policy
        blocks:
          lookup:
            lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
            next: bye
            on_error: bye
          bye:
            disconnect:
          orphan:
            disconnect:
        """

    private func ids(project: String = RuleExample.project, flow: String = Self.flow, strict: Bool = false) -> Compilation {
        Compiler.compile(Fixture.project(["flowc.yaml": project, "flows/policy.yaml": flow]), options: CompileOptions(isStrict: strict))
    }

    @Test("rules keep their default severity")
    func defaults() {
        let diagnostics = ids().diagnostics
        #expect(diagnostics.map(\.id).sorted() == ["silent_failure", "unreachable_block"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("flowc.yaml raises, lowers or turns off a rule; unknown ids are warned about")
    func overrides() {
        let compilation = ids(project: RuleExample.project + "\nrules:\n  silent_failure: error\n  unreachable_block: off\n  silent_failures: note\n")
        let byID = Dictionary(grouping: compilation.diagnostics, by: \.id)
        #expect(byID["silent_failure"]?.first?.severity == .error)
        #expect(byID["unreachable_block"] == nil)
        #expect(byID["unknown_rule"]?.first?.message.contains("did you mean 'silent_failure'") == true)
        #expect(compilation.hasErrors && compilation.outputs.isEmpty)
    }

    @Test("a suppression with a reason silences the rule on its block only")
    func suppression() {
        let flow = Self.flow.replacingOccurrences(of: "    on_error: bye\n", with: "    on_error: bye\n    suppress: { silent_failure: \"the IVR plays an outage notice before this flow\" }\n")
        #expect(ids(flow: flow).diagnostics.map(\.id) == ["unreachable_block"])
    }

    @Test("a suppression needs a reason, and a real rule id")
    func suppressionProblems() {
        let noReason = Self.flow.replacingOccurrences(of: "    on_error: bye\n", with: "    on_error: bye\n    suppress: { silent_failure: \"\" }\n")
        #expect(ids(flow: noReason).diagnostics.map(\.id) == ["missing_key"])
        let unknown = Self.flow.replacingOccurrences(of: "    on_error: bye\n", with: "    on_error: bye\n    suppress: { silent_fail: because }\n")
        #expect(ids(flow: unknown).diagnostics.map(\.id).contains("unknown_rule"))
    }

    @Test("--strict makes warnings fail and stops output")
    func strict() {
        #expect(!ids().hasErrors)
        #expect(!ids().outputs.isEmpty)
        #expect(ids(strict: true).hasErrors)
        #expect(ids(strict: true).outputs.isEmpty)
    }

    @Test("demotion steps down from the configured severity and never below note")
    func demotion() {
        let rule = RuleRegistry.rule("unbounded_loop")!.info
        #expect(Policy().severity(for: rule, demotion: 1) == .warning)
        #expect(Policy().severity(for: rule, demotion: 5) == .note)
        #expect(Policy(overrides: ["unbounded_loop": .warning]).severity(for: rule, demotion: 1) == .note)
        let off: [String: Severity?] = ["unbounded_loop": nil as Severity?]
        #expect(Policy(overrides: off).severity(for: rule, demotion: 0) == nil)
    }
}
