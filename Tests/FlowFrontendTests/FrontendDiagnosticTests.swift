import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

@Suite("Frontend diagnostics")
struct FrontendDiagnosticTests {
    @Test("each case reports exactly its marked diagnostics", arguments: frontendDiagnosticCases)
    func markedDiagnostics(_ testCase: DiagnosticCase) {
        #expect(testCase.actual() == testCase.expected)
    }

    @Test("every frontend diagnostic kind has a test")
    func everyKindIsTested() {
        let covered = Set(frontendDiagnosticCases.flatMap(\.ids))
            .union(["invalid_encoding", "file_too_large", "empty_file", "missing_project_file", "unknown_environment"])
            .union(ConnectImportTests.coveredKinds)
        let missing = DiagnosticKind.frontendKinds.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no diagnostic test for: \(missing)")
    }

    @Test("a file that is not UTF-8 is reported at the bad byte")
    func invalidEncoding() {
        var sources = Fixture.project(["flows/a.yaml": "flow: a\nblocks:\n  bye:\n    disconnect:\n"])
        sources.files.append(SourceFile(path: "fixture/flows/b.yaml", relativePath: "flows/b.yaml",
                                        contents: Data("flow: b\nblocks: \u{00}".utf8) + Data([0xFF, 0xFE])))
        let diagnostics = Compiler.compile(sources).diagnostics
        #expect(diagnostics.map(\.id) == ["invalid_encoding"])
        #expect(diagnostics.first?.location == SourceLocation(file: "fixture/flows/b.yaml", line: 2, column: 10))
    }

    @Test("an empty flow file is an error naming the file")
    func emptyFile() {
        let diagnostics = Compiler.compile(Fixture.project(["flows/a.yaml": "  \n# only a comment\n"])).diagnostics
        #expect(diagnostics.map(\.id).contains("empty_file"))
        #expect(diagnostics.allSatisfy { $0.location == SourceLocation(file: "fixture/flows/a.yaml", line: 1, column: 1) })
    }

    @Test("a flows folder outside the project is refused where it is written, not quietly read as a folder inside it",
          arguments: ["/etc", "~/flows", "../elsewhere", "flows/../../up"])
    func flowsOutsideTheProject(_ folder: String) {
        let project = "project: p\nflows: \"\(folder)\"\n"
        let diagnostics = Compiler.compile(Fixture.project(["flowc.yaml": project, "flows/a.yaml": "flow: a\nblocks:\n  bye:\n    disconnect:\n"]))
            .diagnostics
        let refused = diagnostics.first { $0.id == "invalid_value" }
        #expect(refused?.location == SourceLocation(file: "fixture/flowc.yaml", line: 2, column: 8))
        #expect(refused?.message.contains("inside the project") == true)
    }

    @Test("a key is repeated when its text is, quoted or not: menu option 1 and \"1\"")
    func repeatedKeyQuotedOrNot() {
        let flow = "flow: a\nblocks:\n  ask:\n    menu: { prompt: Press 1, options: { 1: bye, \"1\": bye } }\n  bye:\n    disconnect:\n"
        let diagnostics = Compiler.compile(Fixture.project(["flows/a.yaml": flow])).diagnostics
        #expect(diagnostics.contains { $0.id == "duplicate_key" && $0.location.line == 4 })
    }

    @Test("a directory without flowc.yaml")
    func missingProjectFile() {
        let diagnostics = Compiler.compile(ProjectSources(root: "somewhere", files: [])).diagnostics
        #expect(diagnostics.map(\.id) == ["missing_project_file"])
        #expect(diagnostics.first?.location.file == "somewhere/flowc.yaml")
    }

    @Test("a file past the size limit is reported at its first line and not read, flowc.yaml, flow or Connect JSON")
    func fileTooLarge() {
        let huge = Data(repeating: UInt8(ascii: "#"), count: SourceFile.maximumByteCount + 1)
        var sources = Fixture.project(["flows/a.yaml": "flow: a\nblocks:\n  bye:\n    disconnect:\n"])
        sources.files.append(SourceFile(path: "fixture/flows/b.yaml", relativePath: "flows/b.yaml", contents: huge))
        let flow = Compiler.compile(sources).diagnostics
        #expect(flow.map(\.id) == ["file_too_large"])
        #expect(flow.first?.location == SourceLocation(file: "fixture/flows/b.yaml", line: 1, column: 1))
        sources.files.removeLast()
        sources.files[sources.files.firstIndex { $0.relativePath == "flowc.yaml" }!].contents = huge
        #expect(Compiler.compile(sources).diagnostics.map(\.id) == ["file_too_large"])
        let json = Compiler.check(connectJSON: SourceFile(path: "big.json", relativePath: "big.json", contents: huge)).diagnostics
        #expect(json.map(\.id) == ["file_too_large"] && json.first?.location == SourceLocation(file: "big.json", line: 1, column: 1))
    }

    @Test("building an environment the project does not have")
    func unknownEnvironment() {
        let sources = Fixture.project(["flows/a.yaml": "flow: a\nblocks:\n  bye:\n    disconnect:\n"])
        let compilation = Compiler.compile(sources, options: CompileOptions(environment: "prd"))
        #expect(compilation.diagnostics.map(\.id) == ["unknown_environment"])
        #expect(compilation.diagnostics.first?.message.contains("did you mean 'prod'") == true)
        #expect(compilation.outputs.isEmpty)
    }

    @Test("unknown keys suggest the closest known key")
    func suggestion() {
        let diagnostics = Compiler.compile(Fixture.project(["flows/a.yaml": """
            flow: a
            blocks:
              bye:
                disconect:
            """])).diagnostics
        #expect(diagnostics.contains { $0.id == "unknown_key" && $0.message.contains("did you mean 'disconnect'") })
    }

    @Test("diagnostics carry the flow and block names")
    func scope() {
        let diagnostics = Compiler.compile(Fixture.project(["flows/a.yaml": """
            flow: scoped
            blocks:
              greet:
                play: Hi
                next: nowhere
            """])).diagnostics
        #expect(diagnostics.first?.flow == "scoped")
        #expect(diagnostics.first?.block == "greet")
    }
}
