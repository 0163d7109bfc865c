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
        source.locatePaths(in: text, at: location, into: &locations)
    }
}

/// A source file's text by lines, split on first use: where a path inside a value is written.
/// Each line is turned into Unicode scalars once, when first searched, so that finding every
/// path of a one-line document of megabytes (Connect exports often are) stays linear.
final class SourceLines {
    /// How many lines after a value's start a path inside it is looked for.
    static let span = 50

    private let text: String
    /// Split at line breaks as YAML counts them, `\n`, `\r\n` and `\r`, byte by byte (line breaks
    /// are ASCII, so every cut falls between scalars).
    private lazy var lines: [Substring] = {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = bytes.index(after: index)
            if byte == UInt8(ascii: "\r"), index != bytes.endIndex, bytes[index] == UInt8(ascii: "\n") { index = bytes.index(after: index) }
            start = index
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }()

    /// The scalars of the lines searched so far, by line number.
    private var scalars: [Int: [Unicode.Scalar]] = [:]
    /// Scalars converted and positions compared, for tests that check growth by counting work.
    private(set) var work = 0

    init(_ text: String) { self.text = text }

    private func scalars(ofLine number: Int) -> [Unicode.Scalar] {
        if let line = scalars[number] { return line }
        let line = Array(lines[number - 1].unicodeScalars)
        scalars[number] = line
        work += line.count
        return line
    }

    /// Adds where each `$.` path written in `text`, a value starting at `location`, is (the
    /// first place, when written twice): found in the source, else the value's start.
    func locatePaths(in text: String, at location: SourceLocation, into locations: inout [String: SourceLocation]) {
        let paths = AttributePath.scan(text)
        guard !paths.isEmpty else { return }
        let length = text.unicodeScalars.count
        for (path, _) in paths where locations[path.text] == nil {
            locations[path.text] = find(path.text, inValueOf: length, from: location) ?? location
        }
    }

    /// Where `needle`, inside a value of `length` scalars starting at `start`, is first written
    /// (line and column counted in Unicode scalars); nil when it is not. The search stays within
    /// `span` lines and what the value's source can take (16 scalars per scalar of it, escapes and
    /// indentation included), so a path whose source cannot be found costs no more than its value.
    private func find(_ needle: String, inValueOf length: Int, from start: SourceLocation) -> SourceLocation? {
        guard start.line > 0, start.line <= lines.count, !needle.isEmpty else { return nil }
        let wanted = Array(needle.unicodeScalars)
        var budget = 16 * length + 256
        for lineNumber in start.line...min(start.line + Self.span, lines.count) {
            let line = scalars(ofLine: lineNumber)
            var column = lineNumber == start.line ? max(start.column - 1, 0) : 0
            while column + wanted.count <= line.count {
                budget -= 1
                work += 1
                if budget < 0 { return nil }
                if line[column] == wanted[0] && line[column..<(column + wanted.count)].elementsEqual(wanted) {
                    return SourceLocation(file: start.file, line: lineNumber, column: column + 1)
                }
                column += 1
            }
        }
        return nil
    }
}
