import FlowCompiler
import FlowTestSupport
import Testing

/// Both backends' output for the examples, compared with committed goldens.
@Suite("Golden files")
struct GoldenTests {
    static let outputs: [OutputFile] = (try? Compiler.compile(Repository.sources("Examples")).outputs) ?? []

    @Test("the examples compile to outputs")
    func compiles() throws {
        let compilation = Compiler.compile(try Repository.sources("Examples"))
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics)")
        // A flow file and a drawing per flow, the project's drawing, and the Terraform module; the
        // Lambda is another team's (deploy: existing), so no Swift contract.
        let paths = compilation.outputs.map(\.path)
        #expect(paths.filter { $0.hasPrefix("connect/") || $0.hasPrefix("graphviz/") }.count == 2 * compilation.flows.count + 1)
        #expect(paths.contains("terraform/flows.tf") && paths.contains("terraform/environments/prod.tfvars"))
        #expect(!paths.contains { $0.hasPrefix("swift/") })
    }

    @Test("each output matches its golden", arguments: outputs.map(\.path))
    func matchesGolden(_ path: String) throws {
        let file = try #require(Self.outputs.first { $0.path == path })
        let mismatch = GoldenFile.mismatch(file.contents, golden: "Tests/FlowBackendsTests/Goldens/examples/\(path)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
