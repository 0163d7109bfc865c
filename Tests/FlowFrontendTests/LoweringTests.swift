import FlowCompiler
import FlowTestSupport
import Testing

/// How friendly forms and compound constructs lower to Connect actions.
@Suite("Lowering")
struct LoweringTests {
    private func graph(_ flow: String) throws -> FlowGraph {
        let compilation = Compiler.compile(Fixture.project(["flows/test.yaml": flow]))
        let frontendKinds = Set(DiagnosticKind.frontendKinds.map(\.id))
        let problems = compilation.diagnostics.filter { frontendKinds.contains($0.id) }
        #expect(problems.isEmpty, "\(problems)")
        return try #require(compilation.flows.first)
    }

    private func summary(_ block: Block) -> [String] {
        block.outcomes.map { "\($0.kind) -> \($0.target)" }
    }

    @Test("a menu with retries lowers to input, apology prompts and a bounding Loop")
    func menuWithRetries() throws {
        let flow = try graph("""
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
        #expect(flow.blocks.map(\.id.rawValue) == ["ask", "ask.no-input", "ask.invalid", "ask.retry", "done"])
        #expect(flow.blocks.map(\.action) == ["GetParticipantInput", "MessageParticipant", "MessageParticipant", "Loop",
                                              "DisconnectParticipant"])
        #expect(summary(flow.blocks[0]) == ["== 1 -> done", "InputTimeLimitExceeded -> ask.no-input",
                                            "NoMatchingCondition -> ask.invalid"])
        #expect(summary(flow.blocks[3]) == ["== ContinueLooping -> ask", "== DoneLooping -> done"])
        #expect(flow.blocks[3].parameters["LoopCount"] == .string("2"))
    }

    @Test("a repeat key replays the menu through the retry Loop")
    func repeatKey() throws {
        let flow = try graph("""
            flow: menu
            blocks:
              ask:
                menu: { prompt: "Press 1, or 9 to repeat", options: { 1: done }, retries: 2, fallback: done, repeat_key: 9 }
              done:
                disconnect:
            """)
        #expect(summary(flow.blocks[0]) == ["== 1 -> done", "== 9 -> ask.retry", "InputTimeLimitExceeded -> ask.retry",
                                            "NoMatchingCondition -> ask.retry"])
    }

    @Test("a rating asks, checks the range, saves, and retries a bounded number of times")
    func rating() throws {
        let flow = try graph("""
            flow: survey
            blocks:
              q1:
                rating: { prompt: Rate us, scale: 3, save_as: q1Score, retries: 2, invalid_prompt: From 1 to 3 please., fallback: bye }
                next: bye
                on_error: bye
              bye:
                disconnect:
            """)
        #expect(flow.blocks.map(\.id.rawValue) == ["q1", "q1.check", "q1.save", "q1.invalid", "q1.retry", "bye"])
        #expect(summary(flow.blocks[0]) == ["next -> q1.check", "NoMatchingError -> q1.retry"])
        #expect(summary(flow.blocks[1]) == ["== 1 -> q1.save", "== 2 -> q1.save", "== 3 -> q1.save",
                                            "NoMatchingCondition -> q1.invalid"])
        #expect(summary(flow.blocks[2]) == ["next -> bye", "NoMatchingError -> bye"])
        #expect(flow.blocks[2].parameters["Attributes"] == .object(["q1Score": .string("$.StoredCustomerInput")]))
        #expect(summary(flow.blocks[4]) == ["== ContinueLooping -> q1", "== DoneLooping -> bye"])
    }

    @Test("a menu without apology prompts retries straight through the Loop")
    func menuWithoutPrompts() throws {
        let flow = try graph("""
            flow: menu
            blocks:
              ask:
                menu: { prompt: Press 1, options: { 1: done }, retries: 1, fallback: done }
              done:
                disconnect:
            """)
        #expect(summary(flow.blocks[0]) == ["== 1 -> done", "InputTimeLimitExceeded -> ask.retry",
                                            "NoMatchingCondition -> ask.retry"])
    }

    @Test("a Lambda call with retries sends failures through a Loop to the fallback")
    func lambdaRetries() throws {
        let flow = try graph("""
            flow: lookup
            blocks:
              call:
                lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, retries: 3, fallback: done }
                next: done
              done:
                disconnect:
            """)
        #expect(summary(flow.blocks[0]) == ["next -> done", "NoMatchingError -> call.retry"])
        #expect(flow.blocks[0].parameters["LambdaFunctionARN"] == .reference(ResourceReference(.lambda, "lookup")))
        #expect(flow.blocks[0].parameters["InvocationTimeLimitSeconds"] == .string("8"))
        #expect(summary(flow.blocks[1]) == ["== ContinueLooping -> call", "== DoneLooping -> done"])
    }

    @Test("transfer_to_queue sets the queue first, except in customer-queue flows")
    func transferToQueue() throws {
        let inbound = try graph("""
            flow: inbound
            blocks:
              go: { transfer_to_queue: { queue: billing, on_at_capacity: bye }, on_error: bye }
              bye: { disconnect: }
            """)
        #expect(inbound.blocks.map(\.action) == ["UpdateContactTargetQueue", "TransferContactToQueue", "DisconnectParticipant"])
        #expect(summary(inbound.blocks[0]) == ["next -> go.transfer", "NoMatchingError -> bye"])
        let queue = try graph("""
            flow: waiting
            type: CUSTOMER_QUEUE
            blocks:
              go: { transfer_to_queue: billing, on_error: bye }
              bye: { end_flow: }
            """)
        #expect(queue.blocks.map(\.action) == ["DequeueContactAndTransferToQueue", "EndFlowExecution"])
    }

    @Test("several hooks lower to a chain, one hook per action")
    func hooksChain() throws {
        let flow = try graph("""
            flow: hooks
            blocks:
              set:
                set_hooks: { customer_queue: hooks, agent_whisper: hooks }
                next: bye
                on_error: bye
              bye: { disconnect: }
            """)
        #expect(flow.blocks.map(\.id.rawValue) == ["set", "set.agent-whisper", "bye"])
        #expect(summary(flow.blocks[0]) == ["next -> set.agent-whisper", "NoMatchingError -> bye"])
        #expect(summary(flow.blocks[1]) == ["next -> bye", "NoMatchingError -> bye"])
    }

    @Test("the flow's on_error covers blocks that can fail, but not the handler itself")
    func flowDefaultErrorBranch() throws {
        let flow = try graph("""
            flow: defaults
            on_error: sorry
            blocks:
              greet: { play: Hello, next: log }
              log: { set_logging: on, next: sorry }
              sorry: { play: Sorry, next: bye }
              bye: { disconnect: }
            """)
        #expect(summary(flow.blocks[0]) == ["next -> log", "NoMatchingError -> sorry"])
        #expect(summary(flow.blocks[1]) == ["next -> sorry"])
        #expect(summary(flow.blocks[2]) == ["next -> bye"])
    }

    @Test("branch cases keep their order and the otherwise branch")
    func branch() throws {
        let flow = try graph("""
            flow: branch
            blocks:
              route:
                branch:
                  value: $.Attributes.tier
                  cases: { VIP: bye, "starts with 'GOLD'": bye, ">= 3": bye }
                  otherwise: bye
              bye: { disconnect: }
            """)
        #expect(summary(flow.blocks[0]) == ["== VIP -> bye", "starts with GOLD -> bye", ">= 3 -> bye",
                                            "NoMatchingCondition -> bye"])
    }

    @Test("generic blocks resolve tagged references")
    func genericReferences() throws {
        let flow = try graph("""
            flow: generic
            blocks:
              queue:
                action: { type: UpdateContactTargetQueue, parameters: { QueueId: !queue support } }
                next: bye
              bye: { action: DisconnectParticipant }
            """)
        #expect(flow.blocks[0].parameters["QueueId"] == .reference(ResourceReference(.queue, "support")))
    }

    @Test("the start is the first block unless named")
    func start() throws {
        let first = try graph("flow: a\nblocks:\n  one: { disconnect: }\n  two: { disconnect: }\n")
        let named = try graph("flow: a\nstart: two\nblocks:\n  one: { disconnect: }\n  two: { disconnect: }\n")
        #expect(first.start == "one")
        #expect(named.start == "two")
    }
}
