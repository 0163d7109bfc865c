import FlowCore
import Testing

@Suite("IR verifier")
struct FlowVerifierTests {
    private let here = SourceLocation(file: "test.yaml", line: 1, column: 1)

    private func graph(_ blocks: [Block], start: BlockID = "a") -> FlowGraph {
        FlowGraph(name: "test", kind: .flow(.contactFlow), start: start, blocks: blocks, location: here)
    }

    @Test("a sound graph passes")
    func sound() {
        let blocks = [
            Block(id: "a", action: "MessageParticipant", outcomes: [Outcome(.next, to: "b"), Outcome(.error("NoMatchingError"), to: "b")], location: here),
            Block(id: "b", action: "DisconnectParticipant", location: here),
        ]
        #expect(FlowVerifier.verify(graph(blocks)).isEmpty)
    }

    @Test("every broken invariant is reported as internal_error")
    func broken() {
        let blocks = [
            Block(id: "a", action: "MessageParticipant", outcomes: [Outcome(.next, to: "missing"), Outcome(.next, to: "b")], location: here),
            Block(id: "b", action: "DisconnectParticipant", outcomes: [Outcome(.next, to: "a")], location: here),
            Block(id: "b", action: "NotAnAction", location: here),
            Block(id: "c", action: "TransferContactToQueue",
                  outcomes: [Outcome(.error("QueueAtCapacity"), to: "a"), Outcome(.error("QueueAtCapacity"), to: "b")], location: here),
        ]
        let problems = FlowVerifier.verify(graph(blocks, start: "nowhere")).map(\.message)
        #expect(problems.count == 6, "\(problems)")  // unknown action types are allowed (newer than the catalogue)
        #expect(FlowVerifier.verify(graph(blocks)).allSatisfy { $0.id == "internal_error" })
    }
}

@Suite("Action catalogue")
struct ActionCatalogueTests {
    @Test("terminal actions raise no errors and take no conditions")
    func terminal() {
        for spec in ActionCatalogue.all where spec.isTerminal {
            #expect(spec.errors.isEmpty, "\(spec.type)")
            #expect(spec.conditions == .none, "\(spec.type)")
        }
    }

    @Test("every action is allowed somewhere, and required parameters are listed once")
    func shape() {
        for spec in ActionCatalogue.all {
            #expect(!spec.allowedIn.isEmpty, "\(spec.type)")
            #expect(Set(spec.parameters.map(\.name)).count == spec.parameters.count, "\(spec.type)")
            #expect(Set(spec.errors).count == spec.errors.count, "\(spec.type)")
        }
    }

    @Test("the reference's required condition sets and flow-type rules")
    func referenceFacts() {
        #expect(ActionCatalogue.spec(for: "Loop")?.conditions == .required(["ContinueLooping", "DoneLooping"]))
        #expect(ActionCatalogue.spec(for: "CheckHoursOfOperation")?.conditions == .required(["True", "False"]))
        #expect(ActionCatalogue.spec(for: "EndFlowModuleExecution")?.allowedIn == [.module])
        #expect(ActionCatalogue.spec(for: "TransferContactToQueue")?.allowedIn.contains(.flow(.customerQueue)) == false)
        #expect(ActionCatalogue.spec(for: "DequeueContactAndTransferToQueue")?.allowedIn == [.flow(.customerQueue)])
        #expect(ActionCatalogue.allTypes.count == 57)  // the reference's inventory: 15 + 7 + 8 + 27
    }
}

@Suite("Graph traversal")
struct TraversalTests {
    @Test("depth-first search finds the back edge of a cycle and visits unreachable blocks last")
    func backEdges() {
        let here = SourceLocation(file: "t")
        let graph = FlowGraph(name: "t", kind: .module, start: "a", blocks: [
            Block(id: "z", action: "EndFlowModuleExecution", location: here),
            Block(id: "a", action: "Loop", outcomes: [Outcome(.condition(.equals("ContinueLooping")), to: "b"),
                                                       Outcome(.condition(.equals("DoneLooping")), to: "c")], location: here),
            Block(id: "b", action: "MessageParticipant", outcomes: [Outcome(.next, to: "a")], location: here),
            Block(id: "c", action: "EndFlowModuleExecution", location: here),
        ], location: here)
        let search = graph.depthFirstSearch()
        #expect(search.preorder == ["a", "b", "c", "z"])
        #expect(search.backEdges == [FlowGraph.Edge(from: "b", to: "a")])
    }
}

@Suite("Suggestions")
struct SuggestionTests {
    @Test("close words are suggested, distant ones are not")
    func closest() {
        #expect(Suggestion.closest(to: "nxt", in: ["next", "on_error"]) == "next")
        #expect(Suggestion.closest(to: "Disconect", in: ["DisconnectParticipant", "Disconnect"]) == "Disconnect")
        #expect(Suggestion.closest(to: "zzz", in: ["next"]) == nil)
    }

    @Test("locations print as file:line:column")
    func locations() {
        #expect(SourceLocation(file: "a.yaml", line: 3, column: 7).description == "a.yaml:3:7")
        #expect(SourceLocation(file: "a.yaml").description == "a.yaml")
    }
}
