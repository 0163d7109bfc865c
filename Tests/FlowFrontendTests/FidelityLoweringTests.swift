import FlowCompiler
import FlowTestSupport
import Testing

/// Shapes Connect itself writes (or its action pages require), each of which flowc once got
/// wrong: the reference or corpus file that decides is named in each test.
@Suite("Lowering matches how Connect runs the action")
struct FidelityLoweringTests {
    private let lowering = LoweringTests()

    @Test("set_recording always carries ChannelMismatch, by default to next (action page; corpus 068)")
    func recordingChannelMismatch() throws {
        let flow = try lowering.graph("""
            flow: record
            blocks:
              record:
                set_recording: { record: [agent, customer] }
                next: bye
                on_error: bye
              other:
                set_recording: { record: [], on_channel_mismatch: bye }
                next: record
              bye:
                disconnect:
            """)
        #expect(lowering.summary(flow.blocks[0]) == ["next -> bye", "ChannelMismatch -> bye", "NoMatchingError -> bye"])
        #expect(lowering.summary(flow.blocks[1]).contains("ChannelMismatch -> bye"))
    }

    @Test("store_input on silence: success with Timeout, checked by a Compare; no InputTimeLimitExceeded (store-customer-input page)")
    func storeInputTimeout() throws {
        let flow = try lowering.graph("""
            flow: account
            blocks:
              number:
                store_input: { prompt: Your account number., max_digits: 8, on_timeout: sorry }
                next: bye
                on_error: bye
              sorry:
                play: Sorry.
                next: bye
                on_error: bye
              bye:
                disconnect:
            """)
        #expect(flow.blocks.map(\.id.rawValue).prefix(2) == ["number", "number.timeout"])
        #expect(lowering.summary(flow.blocks[0]) == ["next -> number.timeout", "NoMatchingError -> bye"])
        #expect(!flow.blocks[0].outcomes.contains { $0.kind == .error("InputTimeLimitExceeded") })
        #expect(lowering.summary(flow.blocks[1]) == ["== Timeout -> sorry", "NoMatchingCondition -> bye"])
    }

    @Test("store_input needs on_timeout or retries: silence would otherwise pass 'Timeout' on as input")
    func storeInputNeedsTimeoutExit() {
        let compilation = Compiler.compile(Fixture.project(["flows/f.yaml": """
            flow: account
            blocks:
              number:
                store_input: { prompt: Your account number., max_digits: 8 }
                next: bye
                on_error: bye
              bye:
                disconnect:
            """]))
        #expect(compilation.diagnostics.contains { $0.id == "missing_key" && $0.message.contains("'on_timeout'") })
    }

    @Test("oldest_contact_age is written in seconds and emitted in milliseconds (corpus 017: 300 sec → 300000)")
    func oldestContactInMilliseconds() throws {
        let flow = try lowering.graph("""
            flow: waiting
            blocks:
              check:
                check_queue: { queue: billing, metric: oldest_contact_age, cases: { "> 300": bye, "<= 1.5": bye }, otherwise: bye }
                on_error: bye
              bye:
                disconnect:
            """)
        #expect(lowering.summary(flow.blocks[0]).prefix(2) == ["> 300000 -> bye", "<= 1500 -> bye"])
    }

    @Test("loop_prompts can keep its place after an interrupt, written as the designer writes it (corpus 037)")
    func loopPromptsContinue() throws {
        let flow = try lowering.graph("""
            flow: waiting
            type: CUSTOMER_QUEUE
            blocks:
              music:
                loop_prompts: { prompts: [Thanks for waiting.], interrupt: 60, on_interrupt: done, continue_during_interrupt: true }
                on_error: done
              done:
                end_flow:
            """)
        #expect(flow.blocks[0].parameters["ContinueMessagingDuringInterrupt"] == .string("true"))
    }

    @Test("a queue transfer always has its at-capacity branch, by default where its errors go (every real one has it)")
    func transferAtCapacity() throws {
        let flow = try lowering.graph("""
            flow: route
            on_error: sorry
            blocks:
              to-billing:
                transfer_to_queue: billing
              sorry:
                play: Sorry.
                next: bye
                on_error: bye
              bye:
                disconnect:
            """)
        #expect(lowering.summary(flow.blocks[1]) == ["NoMatchingError -> sorry", "QueueAtCapacity -> sorry"])
    }
}
