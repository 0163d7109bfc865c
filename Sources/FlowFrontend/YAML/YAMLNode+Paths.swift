import FlowCore

extension YAMLNode {
    /// Where each `$.` path written anywhere in this node (keys included) starts: the first
    /// place, when a path is written twice. Found in the source from the scalar's start, so a
    /// scalar folded over lines or written with escapes still points at the path itself; the
    /// scalar's start when the source does not show it. Linear in the node's text.
    func pathLocations(in source: SourceLines) -> [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        collectPaths(into: &locations, source: source)
        return locations
    }

    private func collectPaths(into locations: inout [String: SourceLocation], source: SourceLines) {
        switch self {
        case .scalar(let scalar): scalar.collectPaths(into: &locations, source: source)
        case .sequence(let sequence): sequence.items.forEach { $0.collectPaths(into: &locations, source: source) }
        case .mapping(let mapping):
            for (key, value) in mapping.entries {
                key.collectPaths(into: &locations, source: source)
                value.collectPaths(into: &locations, source: source)
            }
        }
    }
}

extension YAMLScalar {
    fileprivate func collectPaths(into locations: inout [String: SourceLocation], source: SourceLines) {
        for (path, _) in AttributePath.scan(text) where locations[path.text] == nil {
            locations[path.text] = source.find(path.text, from: location) ?? location
        }
    }
}

/// A source file's text by lines, split on first use: where a path inside a value is written.
final class SourceLines {
    /// How many lines after a value's start a path inside it is looked for.
    static let span = 50

    private let text: String
    /// Split at line breaks as YAML counts them: `\n`, `\r\n` (one Character in Swift) and `\r`.
    private lazy var lines: [Substring] = text.split(omittingEmptySubsequences: false) {
        $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }

    init(_ text: String) { self.text = text }

    /// Where `needle` is first written at or after `start` (line and column counted in Unicode
    /// scalars), within `span` lines; nil when it is not.
    func find(_ needle: String, from start: SourceLocation) -> SourceLocation? {
        guard start.line > 0, start.line <= lines.count, !needle.isEmpty else { return nil }
        let wanted = Array(needle.unicodeScalars)
        for lineNumber in start.line...min(start.line + Self.span, lines.count) {
            let line = Array(lines[lineNumber - 1].unicodeScalars)
            var column = lineNumber == start.line ? max(start.column - 1, 0) : 0
            while column + wanted.count <= line.count {
                if line[column] == wanted[0] && Array(line[column..<(column + wanted.count)]) == wanted {
                    return SourceLocation(file: start.file, line: lineNumber, column: column + 1)
                }
                column += 1
            }
        }
        return nil
    }
}
