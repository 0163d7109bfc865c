import FlowCompiler
import FlowCore
import Foundation
import Testing
@testable import flowc

/// The source excerpts under text diagnostics: their shape, and that the work they take grows
/// with the file and the findings, not with their product (issue 14: a one-line JSON file with
/// thousands of findings took minutes).
@Suite("Source excerpts")
struct SourceExcerptsTests {
    static func excerpts(_ text: String) -> SourceExcerpts {
        SourceExcerpts(sources: ProjectSources(root: ".", files: [SourceFile(path: "f.json", relativePath: "f.json", contents: Data(text.utf8))]))
    }

    @Test("a caret under the column; a long line cut to a window around it; tabs shown as spaces; no excerpt past the end")
    func shape() {
        var short = Self.excerpts("a\n\tbc: 1\n")
        let at = SourceLocation(file: "f.json", line: 2, column: 2)
        #expect(short.excerpts(of: [at]) == [at: " 2 |  bc: 1\n   |  ^\n"])
        #expect(short.excerpts(of: [SourceLocation(file: "f.json", line: 9, column: 1), SourceLocation(file: "other", line: 1)]).isEmpty)

        var long = Self.excerpts(String(repeating: "é", count: 500) + "X" + String(repeating: "é", count: 500))
        let x = SourceLocation(file: "f.json", line: 1, column: 501)
        let lines = long.excerpts(of: [x])[x]?.split(separator: "\n") ?? []
        #expect(lines.count == 2 && lines[0].hasPrefix(" 1 | …") && lines[0].hasSuffix("…") && lines[0].unicodeScalars.count == 6 + 120 + 1)
        #expect(lines[0].unicodeScalars.map(String.init).firstIndex(of: "X") == lines[1].unicodeScalars.map(String.init).firstIndex(of: "^"))
    }

    @Test("work grows with the line and the number of findings, not with their product")
    func linear() {
        func work(length: Int, findings: Int) -> Int {
            var excerpts = Self.excerpts(String(repeating: "x", count: length))
            let locations = (0..<findings).map { SourceLocation(file: "f.json", line: 1, column: 1 + $0 * (length / findings)) }
            #expect(excerpts.excerpts(of: locations).count == findings)
            return excerpts.work
        }
        let small = work(length: 100_000, findings: 1_000), large = work(length: 200_000, findings: 2_000)
        #expect(small <= 3 * 100_000, "the line is read a bounded number of times, not once per finding")
        #expect(large <= 2 * small + 100, "twice the line and twice the findings: twice the work, not four times")
    }
}
