import FlowCompiler
import FlowTestSupport
import Testing

/// A project whose files mark, in comments, every diagnostic the frontend must report.
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    let name: String
    let files: [String: String]

    init(_ name: String, _ files: [String: String]) {
        self.name = name
        self.files = files
    }

    /// A case with one flow file, `flows/test.yaml`.
    init(_ name: String, flow: String) {
        self.init(name, ["flows/test.yaml": flow])
    }

    var testDescription: String { name }

    /// `file:line:col [id]` for each marker in the case's files.
    var expected: Set<String> {
        var expected = Set<String>()
        for (path, text) in Fixture.project(files).files.map({ ($0.path, String(decoding: $0.contents, as: UTF8.self)) }) {
            for marker in SourceMarker.parse(text) { expected.insert("\(path):\(marker)") }
        }
        return expected
    }

    /// `file:line:col [id]` for each diagnostic the compiler reports.
    func actual() -> Set<String> {
        Set(Compiler.compile(Fixture.project(files)).diagnostics.map {
            "\($0.location.file):\($0.location.line):\($0.location.column) [\($0.id)]"
        })
    }

    /// Every id the case's markers expect.
    var ids: Set<String> {
        Set(files.values.flatMap { SourceMarker.parse($0).map(\.id) })
    }
}
