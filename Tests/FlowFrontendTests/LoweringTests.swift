import FlowCompiler
import FlowTestSupport
import Testing

/// How friendly forms and compound constructs lower to Connect actions.
@Suite("Lowering")
struct LoweringTests {
    func graph(_ flow: String) throws -> FlowGraph {
        let compilation = Compiler.compile(Fixture.project(["flows/test.yaml": flow]))
        let frontendKinds = Set(DiagnosticKind.frontendKinds.map(\.id))
        let problems = compilation.diagnostics.filter { frontendKinds.contains($0.id) }
        #expect(problems.isEmpty, "\(problems)")
        return try #require(compilation.flows.first)
    }

    func summary(_ block: Block) -> [String] {
        block.outcomes.map { "\($0.kind) -> \($0.target)" }
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
