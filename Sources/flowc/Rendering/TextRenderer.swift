import FlowCompiler
import Foundation

/// Renders diagnostics for people: `file:line:col: severity: message [id]`, the source line
/// with a caret under the column, then notes. `summary` gives the closing count line.
struct TextRenderer {
    private let lines: [String: [Substring]]

    init(sources: ProjectSources) {
        var lines: [String: [Substring]] = [:]
        for file in sources.files {
            lines[file.path] = String(decoding: file.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        self.lines = lines
    }

    func render(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]\n"
            output += excerpt(at: diagnostic.location)
            for note in diagnostic.notes {
                output += "\(note.location.map { "\($0): " } ?? "")note: \(note.message)\n"
                if let location = note.location { output += excerpt(at: location) }
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

    private func excerpt(at location: SourceLocation) -> String {
        guard location.line > 0, let fileLines = lines[location.file], location.line <= fileLines.count else { return "" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let text = fileLines[location.line - 1].replacingOccurrences(of: "\t", with: " ")
        var result = " \(number) | \(text)\n"
        if location.column > 0 {
            result += " \(gutter) | \(String(repeating: " ", count: location.column - 1))^\n"
        }
        return result
    }
}
