import FlowAnalysis
import FlowCompiler
import FlowTestSupport
import Testing

/// The contact data flow across flows: what transfers, module calls and event hooks carry.
@Suite("Contact data flow across flows")
struct DataFlowTests {
    static let project = """
        project: data
        queues: { billing: Billing }
        lambdas:
          lookup:
            response: string_map
            inputs: { phone: string }
            outputs: { valid: boolean, tier: string }
        external_attributes:
          campaign: Set by the outbound campaign
        """

    private func diagnostics(_ flows: [String: String]) -> [Diagnostic] {
        var files = Dictionary(uniqueKeysWithValues: flows.map { ("flows/\($0.key).yaml", $0.value) })
        files["flowc.yaml"] = Self.project
        return Compiler.compile(Fixture.project(files)).diagnostics
    }

    /// The data-flow findings in one flow.
    private func ids(_ diagnostics: [Diagnostic], in flow: String) -> [String] {
        let dataFlow: Set = ["undefined_lambda_output", "missing_stored_input", "unset_attribute", "unused_attribute"]
        return diagnostics.filter { $0.flow == flow && dataFlow.contains($0.id) }.map(\.id)
    }

    static let lookup = """
          lookup:
            lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
            next: after
            on_error: bye
        """

    @Test("a misspelt Lambda output is an error at the read, with the output it meant")
    func misspeltOutput() throws {
        let found = diagnostics(["main": """
            flow: main
            blocks:
            \(Self.lookup)
              after:
                branch: { value: $.External.vaild, cases: { "true": bye }, otherwise: bye }
              bye:
                disconnect:
            """])
        let error = try #require(found.first { $0.id == "undefined_lambda_output" })
        #expect(error.severity == .error)
        #expect(error.message.contains("declares no output 'vaild'; did you mean 'valid'?"))
        #expect(error.location.line == 8 && error.location.column == 22)
    }

    @Test("a transfer carries attributes and $.External to the flow it transfers to")
    func transferCarries() {
        let found = diagnostics([
            "main": """
                flow: main
                blocks:
                \(Self.lookup)
                  after:
                    set_attributes: { reason: billing }
                    next: go
                    on_error: bye
                  go:
                    transfer_to_flow: next-flow
                    on_error: bye
                  bye:
                    disconnect:
                """,
            "next-flow": """
                flow: next-flow
                blocks:
                  hello:
                    play: "Your $.Attributes.reason call, tier $.External.tier, from $.Attributes.campaign."
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """,
        ])
        #expect(ids(found, in: "next-flow").isEmpty, "\(found)")
    }

    @Test("a module sees its caller's attributes but not its $.External, and leaves the caller's as they were")
    func moduleBoundaries() {
        let found = diagnostics([
            "main": """
                flow: main
                blocks:
                \(Self.lookup)
                  after:
                    set_attributes: { question: "How was it?" }
                    next: ask
                    on_error: bye
                  ask:
                    invoke_module: survey
                    next: thanks
                    on_error: bye
                  thanks:
                    play: "Thanks, $.Attributes.answer, tier $.External.tier."
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """,
            "survey": """
                module: survey
                blocks:
                  ask:
                    play: "$.Attributes.question Tier $.External.tier."
                    next: save
                    on_error: save
                  save:
                    set_attributes: { answer: "5" }
                    next: done
                    on_error: done
                  done:
                    return:
                """,
        ])
        #expect(ids(found, in: "survey") == ["undefined_lambda_output"])
        #expect(ids(found, in: "main").isEmpty, "the caller's $.External survives the module call")
    }

    @Test("an event-hook flow gets what its caller sets anywhere; what nobody sets is a warning")
    func hooks() {
        let found = diagnostics([
            "main": """
                flow: main
                blocks:
                  hooks:
                    set_hooks: { customer_queue: waiting }
                    next: tag
                    on_error: bye
                  tag:
                    set_attributes: { reason: billing }
                    next: queue
                    on_error: bye
                  queue:
                    transfer_to_queue: { queue: billing, on_at_capacity: bye }
                    on_error: bye
                  bye:
                    disconnect:
                """,
            "waiting": """
                flow: waiting
                type: CUSTOMER_QUEUE
                blocks:
                  music:
                    loop_prompts: { prompts: ["Your $.Attributes.reason call matters. $.Attributes.mood"] }
                    on_error: done
                  done:
                    end_flow:
                """,
        ])
        #expect(ids(found, in: "waiting") == ["unset_attribute"])
        #expect(found.first { $0.id == "unset_attribute" }?.message.contains("'mood'") == true)
    }

    @Test("an asynchronous call's answer, and a read before any call, are errors; a declared external attribute is neither unset nor unused")
    func asyncAndStart() {
        let found = diagnostics(["main": """
            flow: main
            blocks:
              early:
                play: "Tier $.External.tier."
                next: fire
                on_error: fire
              fire:
                lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, async: true }
                next: late
                on_error: bye
              late:
                play: "Tier $.External.tier."
                next: mark
                on_error: bye
              mark:
                set_attributes: { campaign: spring }
                next: bye
                on_error: bye
              bye:
                disconnect:
            """])
        let messages = found.filter { $0.id == "undefined_lambda_output" }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("no Lambda function has run") })
        #expect(messages.contains { $0.contains("asynchronous") })
        #expect(!found.contains { $0.id == "unused_attribute" || $0.id == "unset_attribute" })
    }

    @Test("a hook flow finds attributes set after the hook, in a flow the caller transfers to")
    func hookAfterTransfer() {
        let found = diagnostics([
            "main": """
                flow: main
                blocks:
                  hooks:
                    set_hooks: { customer_queue: waiting }
                    next: go
                    on_error: bye
                  go:
                    transfer_to_flow: second
                    on_error: bye
                  bye:
                    disconnect:
                """,
            "second": """
                flow: second
                blocks:
                  tag:
                    set_attributes: { tier: gold }
                    next: queue
                    on_error: bye
                  queue:
                    transfer_to_queue: { queue: billing, on_at_capacity: bye }
                    on_error: bye
                  bye:
                    disconnect:
                """,
            "waiting": """
                flow: waiting
                type: CUSTOMER_QUEUE
                blocks:
                  music:
                    loop_prompts: { prompts: ["Thank you, $.Attributes.tier customer."] }
                    on_error: done
                  done:
                    end_flow:
                """,
        ])
        #expect(ids(found, in: "waiting").isEmpty, "\(found)")
    }

    @Test("a read is located where its path is written, in a folded line or after an escape")
    func readLocations() {
        let found = diagnostics(["main": """
            flow: main
            blocks:
              hello:
                play: Hello and welcome to our service, we hope you are well today, your
                  tier is $.Attributes.tier
                next: quoted
                on_error: bye
              quoted:
                play: "A \\"quoted\\" word, then $.Attributes.mood"
                next: bye
                on_error: bye
              bye:
                disconnect:
            """])
        let places = found.filter { $0.id == "unset_attribute" }.map { "\($0.location.line):\($0.location.column)" }
        #expect(places == ["5:15", "9:36"])
    }
}
