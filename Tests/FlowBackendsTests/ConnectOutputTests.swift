import FlowBackends
import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

@Suite("Connect output")
struct ConnectOutputTests {
    @Test("every emitted flow obeys the flow-language rules", arguments: ["Examples", "flows-src"])
    func obeysRules(_ project: String) throws {
        let compilation = Compiler.compile(try Repository.sources(project))
        #expect(!compilation.hasErrors, "\(compilation.diagnostics)")
        let flows = compilation.outputs.filter { $0.path.hasPrefix("connect/") }
        #expect(!flows.isEmpty)
        for file in flows {
            #expect(ConnectFlowValidator.problems(in: file.contents).isEmpty, "\(file.path)")
        }
    }

    @Test("the validator catches what it is meant to catch")
    func validatorCatches() {
        let broken = """
            {"Version": "2019-10-30", "StartAction": "nope", "Actions": [
              {"Identifier": "a:b", "Type": "Loop", "Parameters": {}, "Transitions": {"NextAction": "ghost"}},
              {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {"NextAction": "bye"}},
              {"Identifier": "hours", "Type": "CheckHoursOfOperation", "Parameters": {}, "Transitions": {}},
              {"Identifier": "call", "Type": "InvokeLambdaFunction", "Parameters": {"InvocationTimeLimitSeconds": "9"}, "Transitions": {}}
            ]}
            """
        #expect(ConnectFlowValidator.problems(in: broken).count == 7)
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let first = Compiler.compile(try Repository.sources("Examples")).outputs
        let second = Compiler.compile(try Repository.sources("Examples")).outputs
        #expect(first == second)
    }

    @Test("an environment's bindings replace placeholders; unbound names stay placeholders")
    func environments() throws {
        let unbound = Compiler.compile(try Repository.sources("Examples")).outputs
        let bound = Compiler.compile(try Repository.sources("Examples"), options: CompileOptions(environment: "prod")).outputs
        let menu = { (outputs: [OutputFile]) in outputs.first { $0.path == "connect/menu-with-retries.json" }?.contents ?? "" }
        #expect(menu(unbound).contains("\"${queue_sales}\""))
        #expect(!menu(bound).contains("${queue_sales}"))
        #expect(menu(bound).contains("arn:aws:connect:eu-west-2:111122223333:instance/"))
        #expect(menu(bound).contains("\"${queue_support}\""))
    }
}

@Suite("Identifiers and layout")
struct IdentifierTests {
    @Test("identifiers are readable, short, unique and never forbidden")
    func identifiers() {
        let long = String(repeating: "very-long-block-name-", count: 4)
        let ids: [BlockID] = ["greeting", "constructor", BlockID(long), BlockID(long + "x"), "a:b", "menu.retry"]
        let identifiers = ConnectIdentifiers(ids)
        let assigned = ids.map { identifiers[$0] }
        #expect(assigned[0] == "greeting")
        #expect(assigned[1] == "constructor-block")
        #expect(assigned[5] == "menu.retry")
        #expect(Set(assigned).count == ids.count)
        #expect(assigned.allSatisfy(ConnectIdentifiers.isValid))
        #expect(assigned[2].count == 50 && assigned[2].hasPrefix("very-long-block-name-"))
    }

    @Test("JSON strings are escaped")
    func escaping() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}é").rendered() == "\"a\\\"b\\\\c\\n\\u0001é\"\n")
    }

    @Test("layout puts every forward transition to the right and no two blocks on one spot")
    func layout() throws {
        let compilation = Compiler.compile(try Repository.sources("Examples"))
        for graph in compilation.flows {
            let layout = LayeredLayout(graph)
            #expect(Set(layout.positions.values).count == graph.blocks.count)
            let backEdges = graph.depthFirstSearch().backEdges
            for block in graph.blocks {
                for target in block.successors where !backEdges.contains(FlowGraph.Edge(from: block.id, to: target)) {
                    #expect(layout.positions[block.id]!.x < layout.positions[target]!.x, "\(block.id) -> \(target)")
                }
            }
        }
    }
}
