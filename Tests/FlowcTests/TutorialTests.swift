import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// docs/tutorial.md compiles: the files it lists (the last listing of each), as the tutorial
/// leaves them, build with no diagnostic at all.
@Suite("The tutorial")
struct TutorialTests {
    /// Fenced YAML blocks whose first line names a file (`# flows/welcome.yaml`), the last of each.
    static func files(in markdown: String) -> [String: String] {
        var files: [String: String] = [:]
        var block: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let lines = block, let first = lines.first, first.hasPrefix("# "), first.hasSuffix(".yaml") {
                    files[String(first.dropFirst(2))] = lines.joined(separator: "\n") + "\n"
                }
                block = block == nil && line == "```yaml" ? [] : nil
            } else {
                block?.append(line)
            }
        }
        return files
    }

    @Test("the tutorial's project, as it ends, builds clean")
    func finalProject() throws {
        let files = Self.files(in: try String(contentsOf: Repository.url("docs/tutorial.md"), encoding: .utf8))
        #expect(Set(files.keys) == ["flowc.yaml", "flows/welcome.yaml", "flows/survey.yaml"])
        let sources = ProjectSources(root: "tutorial", files: files.keys.sorted().map {
            SourceFile(path: "tutorial/\($0)", relativePath: $0, contents: Data(files[$0]!.utf8))
        })
        let compilation = Compiler.compile(sources, options: CompileOptions(isStrict: true))
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map { "\($0.location): \($0.message)" })")
        #expect(compilation.outputs.contains { $0.path == "connect/survey.json" })
    }
}
