import FlowCompiler
import FlowTestSupport
import Testing

/// Bounded retries lower to a counter attribute reset on every entry (so each visit has its
/// full budget: Connect's Loop counts for the whole call), compared and stepped by constants.
@Suite("Lowering of retries")
struct RetryLoweringTests {
    private let lowering = LoweringTests()

    private func ids(_ flow: FlowGraph) -> [String] { flow.blocks.map(\.id.rawValue) }

    private func counterValue(_ block: Block, _ name: String) -> ParameterValue? {
        guard case .object(let attributes)? = block.parameters["Attributes"] else { return nil }
        return attributes[name]
    }

    @Test("a menu with retries: reset, input, apology prompts, counter comparison and one setter per retry")
    func menuWithRetries() throws {
        let flow = try lowering.graph("""
            flow: menu
            blocks:
              ask:
                menu:
                  prompt: Press 1
                  options: { 1: done }
                  retries: 2
                  no_input_prompt: Still there?
                  invalid_prompt: Not an option.
                  fallback: done
              done:
                disconnect:
            """)
        #expect(ids(flow) == ["ask", "ask.ask", "ask.no-input", "ask.invalid", "ask.retry", "ask.retry.1", "ask.retry.2", "done"])
        #expect(flow.blocks.map(\.action) == ["UpdateContactAttributes", "GetParticipantInput", "MessageParticipant",
                                              "MessageParticipant", "Compare", "UpdateContactAttributes",
                                              "UpdateContactAttributes", "DisconnectParticipant"])
        let counter = "flowc_retries_menu_ask"
        #expect(counterValue(flow.blocks[0], counter) == .string("0"))
        #expect(lowering.summary(flow.blocks[0]) == ["next -> ask.ask", "NoMatchingError -> ask.ask"])
        #expect(lowering.summary(flow.blocks[1]) == ["== 1 -> done", "InputTimeLimitExceeded -> ask.no-input",
                                                     "NoMatchingCondition -> ask.invalid"])
        #expect(flow.blocks[4].parameters["ComparisonValue"] == .string("$.Attributes.\(counter)"))
        #expect(lowering.summary(flow.blocks[4]) == ["== 0 -> ask.retry.1", "== 1 -> ask.retry.2", "NoMatchingCondition -> done"])
        #expect(counterValue(flow.blocks[6], counter) == .string("2"))
        #expect(lowering.summary(flow.blocks[6]) == ["next -> ask.ask", "NoMatchingError -> done"])
    }

    @Test("a repeat key replays the menu through the retry counter")
    func repeatKey() throws {
        let flow = try lowering.graph("""
            flow: menu
            blocks:
              ask:
                menu: { prompt: "Press 1, or 9 to repeat", options: { 1: done }, retries: 2, fallback: done, repeat_key: 9 }
              done:
                disconnect:
            """)
        #expect(lowering.summary(flow.blocks[1]) == ["== 1 -> done", "== 9 -> ask.retry", "InputTimeLimitExceeded -> ask.retry",
                                                     "NoMatchingCondition -> ask.retry"])
    }

    @Test("a rating asks, checks the range and Timeout, saves, and retries a bounded number of times")
    func rating() throws {
        let flow = try lowering.graph("""
            flow: survey
            blocks:
              q1:
                rating: { prompt: Rate us, scale: 3, save_as: q1Score, retries: 2, invalid_prompt: From 1 to 3 please., fallback: bye }
                next: bye
                on_error: bye
              bye:
                disconnect:
            """)
        #expect(ids(flow) == ["q1", "q1.ask", "q1.check", "q1.save", "q1.invalid", "q1.retry", "q1.retry.1", "q1.retry.2", "bye"])
        #expect(lowering.summary(flow.blocks[1]) == ["next -> q1.check", "NoMatchingError -> q1.retry"])
        #expect(lowering.summary(flow.blocks[2]) == ["== 1 -> q1.save", "== 2 -> q1.save", "== 3 -> q1.save",
                                                     "== Timeout -> q1.invalid", "NoMatchingCondition -> q1.invalid"])
        #expect(lowering.summary(flow.blocks[3]) == ["next -> bye", "NoMatchingError -> bye"])
        #expect(flow.blocks[3].parameters["Attributes"] == .object(["q1Score": .string("$.StoredCustomerInput")]))
        #expect(lowering.summary(flow.blocks[5]) == ["== 0 -> q1.retry.1", "== 1 -> q1.retry.2", "NoMatchingCondition -> bye"])
    }

    @Test("a Lambda call with retries counts its failures, then goes to the fallback")
    func lambdaRetries() throws {
        let flow = try lowering.graph("""
            flow: lookup
            blocks:
              call:
                lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, retries: 3, fallback: done }
                next: done
              done:
                disconnect:
            """)
        #expect(ids(flow) == ["call", "call.call", "call.retry", "call.retry.1", "call.retry.2", "call.retry.3", "done"])
        #expect(lowering.summary(flow.blocks[1]) == ["next -> done", "NoMatchingError -> call.retry"])
        #expect(flow.blocks[1].parameters["LambdaFunctionARN"] == .reference(ResourceReference(.lambda, "lookup")))
        #expect(flow.blocks[1].parameters["InvocationTimeLimitSeconds"] == .string("8"))
        #expect(lowering.summary(flow.blocks[5]) == ["next -> call.call", "NoMatchingError -> done"])
    }

    @Test("store_input with retries: silence and an invalid number re-ask through the counter")
    func storeInputRetries() throws {
        let flow = try lowering.graph("""
            flow: callback
            blocks:
              number:
                store_input:
                  prompt: Your number, then hash.
                  phone_number: { format: e164 }
                  retries: 1
                  no_input_prompt: Sorry, I did not get that.
                  invalid_prompt: That is not a phone number.
                  fallback: bye
                next: bye
                on_error: bye
              bye:
                disconnect:
            """)
        #expect(ids(flow) == ["number", "number.ask", "number.timeout", "number.no-input", "number.invalid", "number.retry",
                              "number.retry.1", "bye"])
        #expect(lowering.summary(flow.blocks[1]) == ["next -> number.timeout", "InvalidPhoneNumber -> number.invalid",
                                                     "NoMatchingError -> bye"])
        #expect(flow.blocks[2].parameters["ComparisonValue"] == .string("$.StoredCustomerInput"))
        #expect(lowering.summary(flow.blocks[2]) == ["== Timeout -> number.no-input", "NoMatchingCondition -> bye"])
        #expect(lowering.summary(flow.blocks[6]) == ["next -> number.ask", "NoMatchingError -> bye"])
    }

    @Test("each visit of a retrying block starts a full budget: the reset is what callers enter")
    func everyEntryResets() throws {
        let flow = try lowering.graph("""
            flow: menu
            blocks:
              intro:
                play: Hello
                next: ask
                on_error: ask
              ask:
                menu: { prompt: Press 1, options: { 1: again }, retries: 1, fallback: bye }
              again:
                play: Once more.
                next: ask
                on_error: bye
              bye:
                disconnect:
            """)
        let entries = flow.blocks.flatMap { block in block.outcomes.filter { $0.target.rawValue.hasPrefix("ask") }.map { (block, $0) } }
        for (block, outcome) in entries where block.origin != "ask" {
            #expect(outcome.target == "ask", "'\(block.id)' enters the menu at '\(outcome.target)', past its reset")
        }
        #expect(flow.blocks.first { $0.id == "ask" }?.action == "UpdateContactAttributes")
    }

    @Test("on_error beside a Lambda's retries says that retries handle failures")
    func lambdaRetriesWithOnError() {
        let compilation = Compiler.compile(Fixture.project(["flows/f.yaml": """
            flow: lookup
            blocks:
              call:
                lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, retries: 1, fallback: done }
                next: done
                on_error: done
              done:
                disconnect:
            """]))
        #expect(compilation.diagnostics.map(\.message).contains("'on_error' conflicts with 'retries': failures are retried, then go to 'fallback'"))
    }
}
