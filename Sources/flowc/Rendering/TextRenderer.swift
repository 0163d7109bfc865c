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

    /// Widest excerpt shown; longer lines are cut to a window around the column.
    static let excerptWidth = 120

    private func excerpt(at location: SourceLocation) -> String {
        guard location.line > 0, let fileLines = lines[location.file], location.line <= fileLines.count else { return "" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let line = Array(fileLines[location.line - 1].replacingOccurrences(of: "\t", with: " "))
        let column = max(location.column, 1)
        let start = line.count <= Self.excerptWidth ? 0 : max(0, min(column - Self.excerptWidth / 2, line.count - Self.excerptWidth))
        let end = min(line.count, start + Self.excerptWidth)
        let prefix = start > 0 ? "…" : "", suffix = end < line.count ? "…" : ""
        var result = " \(number) | \(prefix)\(String(line[start..<end]))\(suffix)\n"
        if location.column > 0 {
            result += " \(gutter) | \(String(repeating: " ", count: prefix.count + column - 1 - start))^\n"
        }
        return result
    }
}
