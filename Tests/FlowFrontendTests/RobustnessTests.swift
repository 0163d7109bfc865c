import FlowCompiler
@testable import FlowFrontend
import FlowTestSupport
import Foundation
import Testing

/// No input may crash the compiler: hostile and malformed inputs only produce diagnostics.
@Suite("Robustness")
struct RobustnessTests {
    static let hostile: [String] = [
        "", "\u{0}", "---\n---\n", "- a\n- b\n", "flow: [\n", "flow: a\nblocks: 3\n", "flow: a\nblocks:\n  b: 3\n",
        "flow:\n  nested: true\nblocks: {}\n", "flow: a\nblocks:\n  b:\n    menu: 5\n", "flow: a\nblocks:\n  b:\n    play: {}\n",
        "flow: a\nblocks:\n  b:\n    lambda: {}\n", "flow: a\nblocks:\n  b:\n    action: { type: Loop, conditions: [] }\n",
        "flow: a\nblocks:\n  ? [complex, key]\n  : play\n", "flow: a\nblocks:\n  b: !queue x\n",
        "flow: a\nblocks:\n  b:\n    wait: -1\n", "flow: a\nblocks:\n  b:\n    loop: { count: 1000000000000000000000 }\n",
        "flow: a\nblocks:\n  b:\n    branch: { value: x, cases: { \"<\": b }, otherwise: b }\n",
        "flow: a\n\tblocks: {}\n", "flow: a\nblocks: &x\n  b: *x\n", "flow: a\nblocks:\n  b: *undefined\n",
        "flow: a\nmodule: b\nblocks: {}\n", "module: m\ntype: CONTACT_FLOW\nblocks:\n  r: { return: }\n",
        String(repeating: "[", count: 5_000), String(repeating: "- ", count: 2_000) + "x",
    ]

    @Test("hostile flow files produce diagnostics, never a crash", arguments: hostile)
    func hostileFlow(_ text: String) {
        let compilation = Compiler.compile(Fixture.project(["flows/x.yaml": text]))
        #expect(compilation.hasErrors)
        #expect(compilation.outputs.isEmpty)
    }

    @Test("hostile project files produce diagnostics, never a crash", arguments: hostile)
    func hostileProject(_ text: String) {
        let compilation = Compiler.compile(Fixture.project(["flowc.yaml": text, "flows/a.yaml": "flow: a\nblocks:\n  b: { disconnect: }\n"]))
        #expect(compilation.hasErrors)
    }

    @Test("aliases that expand exponentially are stopped")
    func aliasBomb() {
        var lines = ["flow: a", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<9 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        lines.append("blocks:\n  b: { disconnect: }")
        let compilation = Compiler.compile(Fixture.project(["flows/x.yaml": lines.joined(separator: "\n")]))
        #expect(compilation.diagnostics.contains { $0.message.contains("aliases expand it to more nodes than it has bytes") })
    }

    @Test("a document with more nodes than the budget but no alias is read, however long; aliases past it are stopped")
    func largeDocumentWithoutAliases() {
        let loader = YAMLLoader(nodeBudget: 100)
        let list = (0..<500).map { "- item\($0)" }.joined(separator: "\n")
        let sink = DiagnosticSink()
        if case .sequence(let sequence)? = loader.load(list, file: "big.yaml", into: sink) {
            #expect(sequence.items.count == 500)
        } else {
            Issue.record("the 500-item list was not read: \(sink.diagnostics.map(\.message))")
        }
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\n"
        let stopped = DiagnosticSink()
        #expect(loader.load(bomb, file: "bomb.yaml", into: stopped) == nil)
        #expect(stopped.diagnostics.first?.message.contains("aliases expand it") == true)
    }

    @Test("nesting past the readers' depth limits is a located error, in flow and block style and in JSON")
    func deepNesting() throws {
        let flowStyle = "flow: a\nblocks:\n  b: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let blockStyle = "flow: a\nblocks:\n" + (1...1_100).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        for text in [flowStyle, blockStyle] {
            let compilation = Compiler.compile(Fixture.project(["flows/x.yaml": text]))
            let error = try #require(compilation.diagnostics.first { $0.kind == .yamlSyntax })
            #expect(error.message.contains("nested more than 1000 deep"))
            #expect(error.location.file == "fixture/flows/x.yaml" && error.location.line >= 3 && error.location.column >= 1)
        }
        let json = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let checked = Compiler.check(connectJSON: SourceFile(path: "deep.json", relativePath: "deep.json", contents: Data(json.utf8)))
        let error = try #require(checked.diagnostics.first { $0.kind == .invalidJSON })
        #expect(error.message.contains("nested deeper than 256 levels"))
        #expect(error.location.line == 1 && error.location.column == 257)
    }

    @Test("finding the paths of a one-line JSON document takes work linear in it, found or not")
    func pathsOfOneLineJSON() throws {
        func work(strings: Int) throws -> Int {
            // Half the paths are written as they read; half with an escape, so the source never shows them.
            let items = (0..<strings).map { index in
                let name = String(100_000 + index)  // the same length for every string
                return index.isMultiple(of: 2) ? "\"say $.Attributes.a\(name)\"" : "\"say $.Attributes.\\u0061\(name)\""
            }
            let text = "[" + items.joined(separator: ", ") + "]"
            var parser = JSONParser(Array(text.utf8), file: "one-line.json")
            let source = SourceLines(text)
            let locations = try parser.parse().pathLocations(in: source)
            #expect(locations["$.Attributes.a100000"]?.column == 7)
            return source.work
        }
        let small = try work(strings: 2_000), large = try work(strings: 4_000)
        #expect(large <= 2 * small + 10_000, "twice the strings: twice the work, not four times (\(small) → \(large))")
    }

    @Test("random bytes never crash the compiler", arguments: 0..<40)
    func randomBytes(_ seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let alphabet = Array("flow: blocks:\n - {}[]&*!|>'\"#%@`,?\t  abc123play:next:menu:".utf8) + [0xFF, 0xC3]
        let bytes = (0..<200).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        var sources = Fixture.project([:])
        sources.files.append(SourceFile(path: "fixture/flows/r.yaml", relativePath: "flows/r.yaml", contents: Data(bytes)))
        _ = Compiler.compile(sources)
    }
}

/// A small deterministic random number generator, so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
