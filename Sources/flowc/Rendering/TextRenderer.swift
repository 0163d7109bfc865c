import FlowCompiler
import Foundation

/// Renders diagnostics for people: `file:line:col: severity: message [id]`, the source line
/// with a caret under the column, then notes. `summary` gives the closing count line.
struct TextRenderer {
    private let sources: ProjectSources

    init(sources: ProjectSources) { self.sources = sources }

    func render(_ diagnostics: [Diagnostic]) -> String {
        var excerpts = SourceExcerpts(sources: sources)
        let shown = excerpts.excerpts(of: diagnostics.flatMap { [$0.location] + $0.notes.compactMap(\.location) })
        var output = ""
        for diagnostic in diagnostics {
            output += "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]\n"
            output += shown[diagnostic.location] ?? ""
            for note in diagnostic.notes {
                output += "\(note.location.map { "\($0): " } ?? "")note: \(note.message)\n"
                if let location = note.location { output += shown[location] ?? "" }
            }
        }
        return output
    }

    /// "2 errors, 1 warning" (or "no problems").
    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let parts = Severity.allCases.compactMap { severity -> String? in
            let count = diagnostics.count(of: severity)
            return count == 0 ? nil : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
}
