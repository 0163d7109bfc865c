import FlowCore
import Yams
import Foundation

/// Finds where a mapping key is repeated in YAML text, reports each repeat where it stands and
/// renames it so that the document can be parsed again.
///
/// Yams reports only the first occurrence of a repeated key and stops. For block-style mappings
/// (the way flow files are written) the repeats are the later lines that start at the same
/// column with the same key; anything less indented ends the mapping.
struct DuplicateKeyRecovery {
    /// Renamed keys start with this; the loader drops their entries.
    static let renamedPrefix = "__flowc_repeated_key_"

    private var lines: [String]
    let file: String
    let nameSections: [String: String]

    init(text: String, file: String, nameSections: [String: String]) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.file = file
        self.nameSections = nameSections
    }

    /// The text with every repeat of `key` after `first` renamed, or nil when no repeat can be
    /// found in block style (the caller then reports the mapping as a whole).
    mutating func renameRepeats(of key: String, firstAt first: Mark, serial: Int, into sink: DiagnosticSink) -> String? {
        let firstLine = first.line - 1, indent = first.column - 1
        guard lines.indices.contains(firstLine) else { return nil }
        let firstLocation = SourceLocation(file: file, line: first.line, column: first.column)
        let noun = parentKey(above: firstLine, indent: indent).flatMap { nameSections[$0] }
        var found = false
        for index in (firstLine + 1)..<lines.count {
            let line = lines[index]
            let content = line.drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") { continue }
            let lineIndent = line.count - content.count
            if lineIndent < indent { break }
            guard lineIndent == indent, let keyLength = Self.keyLength(of: key, atStartOf: content) else { continue }
            let location = SourceLocation(file: file, line: index + 1, column: indent + 1)
            let note = Diagnostic.Note("first defined here", at: firstLocation)
            if let noun {
                sink.report(Diagnostic(.duplicateName, "\(noun) '\(key)' is defined twice", at: location, notes: [note]))
            } else {
                sink.report(Diagnostic(.duplicateKey, "key '\(key)' appears twice in this mapping", at: location,
                                       notes: [note]))
            }
            let replacement = "\(Self.renamedPrefix)\(serial)_\(index)"
            lines[index] = String(line.prefix(indent)) + replacement + String(content.dropFirst(keyLength))
            found = true
        }
        return found ? lines.joined(separator: "\n") : nil
    }

    /// Length of the key token (plain or quoted) at the start of `content`, when it is `key`
    /// followed by a colon.
    private static func keyLength(of key: String, atStartOf content: Substring) -> Int? {
        for token in [key, "\"\(key)\"", "'\(key)'"] where content.hasPrefix(token) {
            let rest = content.dropFirst(token.count).drop { $0 == " " }
            if rest.hasPrefix(":") { return token.count }
        }
        return nil
    }

    /// The key of the nearest line above that is less indented: the mapping's own key.
    private func parentKey(above line: Int, indent: Int) -> String? {
        for index in stride(from: line - 1, through: 0, by: -1) {
            let content = lines[index].drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard lines[index].count - content.count < indent else { continue }
            let body = content.hasPrefix("- ") ? content.dropFirst(2) : content
            return body.split(separator: ":", maxSplits: 1).first.map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
