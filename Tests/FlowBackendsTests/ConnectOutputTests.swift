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

    @Test("an environment build binds every reference, beside the placeholder build; one it cannot bind is an error")
    func environments() throws {
        let placeholders = Compiler.compile(try Repository.sources("Examples"))
        let prod = Compiler.compile(try Repository.sources("Examples"), options: CompileOptions(environment: "prod"))
        let menu = { (outputs: [OutputFile]) in outputs.first { $0.path == "connect/menu-with-retries.json" }?.contents ?? "" }
        #expect(placeholders.environment == nil && placeholders.environmentOutputs.isEmpty)
        #expect(menu(placeholders.outputs).contains("\"${queue_sales}\""))
        #expect(prod.outputs == placeholders.outputs, "the committed output keeps its placeholders")
        #expect(prod.environment == "prod")
        #expect(menu(prod.environmentOutputs).contains("arn:aws:connect:eu-west-2:111122223333:instance/"))
        #expect(!prod.environmentOutputs.contains { $0.contents.contains("${") })

        var sources = try Repository.sources("Examples")
        let index = try #require(sources.files.firstIndex { $0.relativePath == "flowc.yaml" })
        let text = String(decoding: sources.files[index].contents, as: UTF8.self)
        sources.files[index].contents = Data(text.replacingOccurrences(of: "      general: arn:", with: "      general-old: arn:")
            .replacingOccurrences(of: "queues:\n  sales", with: "queues:\n  general-old: Old\n  sales").utf8)
        let partial = Compiler.compile(sources, options: CompileOptions(environment: "prod"))
        let unbound = partial.diagnostics.filter { $0.id == "unbound_reference" }
        #expect(unbound.map(\.message) == ["environment 'prod' binds no queue 'general', which 1 block uses; add it under environments.prod.queues"])
        #expect(unbound.first?.location.line == 34)
        #expect(unbound.first?.notes.map { "\($0.location!.file):\($0.location!.line)" } == ["Examples/menu-with-retries.yaml:28"])
        #expect(partial.outputs.isEmpty && partial.environmentOutputs.isEmpty)
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
