import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// docs/tutorial.md compiles: the project as `flowc init` starts it, then after every file the
/// tutorial lists in full, has no error, so a reader can check at each step; as the tutorial
/// leaves it, it builds with no diagnostic at all.
@Suite("The tutorial")
struct TutorialTests {
    /// Fenced YAML blocks whose first line names a file (`# flows/welcome.yaml`), in order.
    static func listings(in markdown: String) -> [(path: String, text: String)] {
        var listings: [(String, String)] = []
        var block: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let lines = block, let first = lines.first, first.hasPrefix("# "), first.hasSuffix(".yaml") {
                    listings.append((String(first.dropFirst(2)), lines.joined(separator: "\n") + "\n"))
                }
                block = block == nil && line == "```yaml" ? [] : nil
            } else {
                block?.append(line)
            }
        }
        return listings
    }

    static func compile(_ files: [String: String], strict: Bool) -> Compilation {
        let sources = ProjectSources(root: "tutorial", files: files.keys.sorted().map {
            SourceFile(path: "tutorial/\($0)", relativePath: $0, contents: Data(files[$0]!.utf8))
        })
        return Compiler.compile(sources, options: CompileOptions(isStrict: strict))
    }

    @Test("the tutorial's project has no error at any step, and builds clean as it ends")
    func everyStep() throws {
        let markdown = try String(contentsOf: Repository.url("docs/tutorial.md"), encoding: .utf8)
        var files = Dictionary(uniqueKeysWithValues: ProjectTemplate.files(project: "acme")
            .filter { $0.path.hasSuffix(".yaml") }.map { ($0.path, $0.contents) })
        for (path, text) in Self.listings(in: markdown) {
            files[path] = text
            let errors = Self.compile(files, strict: false).diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "after listing \(path): \(errors.map { "\($0.location): \($0.message)" })")
        }
        #expect(Set(files.keys) == ["flowc.yaml", "flows/welcome.yaml", "flows/survey.yaml"])
        let final = Self.compile(files, strict: true)
        #expect(final.diagnostics.isEmpty, "\(final.diagnostics.map { "\($0.location): \($0.message)" })")
        #expect(final.outputs.contains { $0.path == "connect/survey.json" })
    }
}
