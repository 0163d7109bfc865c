import FlowCompiler
import Foundation

/// The source lines diagnostics point at, each cut to a window around its column with a caret
/// under it. Made for all of a run's diagnostics at once, so that a file is split into lines only
/// when something points into it, and each line is walked once however many diagnostics point
/// into it: a minified Connect JSON file is one line of megabytes that may carry thousands of
/// findings, and cutting that line once per finding was quadratic (issue 14).
struct SourceExcerpts {
    /// Widest excerpt shown; longer lines are cut to a window around the column.
    static let width = 120

    /// Bytes and Unicode scalars read, for tests that check growth by counting work.
    private(set) var work = 0
    private let sources: [String: Data]

    init(sources: ProjectSources) {
        self.sources = Dictionary(sources.files.map { ($0.path, $0.contents) }) { first, _ in first }
    }

    /// The excerpt of every location that has one (a line of the file it names).
    mutating func excerpts(of locations: [SourceLocation]) -> [SourceLocation: String] {
        var result: [SourceLocation: String] = [:]
        let byFile = Dictionary(grouping: Set(locations.filter { $0.line > 0 }), by: \.file)
        for (file, located) in byFile {
            guard let contents = sources[file] else { continue }
            let wanted = Dictionary(grouping: located, by: \.line)
            for (number, line) in lines(wanted.keys, of: contents) {
                for (location, text) in cut(line, number: number, at: wanted[number] ?? []) { result[location] = text }
            }
        }
        return result
    }

    /// The wanted lines' text, in one pass over the file's bytes (up to the last one wanted).
    private mutating func lines(_ numbers: Dictionary<Int, [SourceLocation]>.Keys, of contents: Data) -> [(Int, String)] {
        let wanted = Set(numbers), last = numbers.max() ?? 0
        var found: [(Int, String)] = []
        var read = 0
        contents.withUnsafeBytes { bytes in
            var number = 1, start = 0, offset = 0
            while offset < bytes.count, number <= last {
                if bytes[offset] == UInt8(ascii: "\n") {
                    if wanted.contains(number) { found.append((number, String(decoding: bytes[start..<offset], as: UTF8.self))) }
                    number += 1
                    start = offset + 1
                }
                offset += 1
            }
            if number <= last, wanted.contains(number) { found.append((number, String(decoding: bytes[start..<bytes.count], as: UTF8.self))) }
            read = offset
        }
        work += read
        return found
    }

    /// One line's excerpts for each of its locations: the line's scalars are counted once and read
    /// once, keeping only those inside some location's window.
    private mutating func cut(_ line: String, number: Int, at locations: [SourceLocation]) -> [(SourceLocation, String)] {
        let scalars = line.unicodeScalars
        let count = scalars.count
        work += count
        func window(_ column: Int) -> Range<Int> {
            let start = count <= Self.width ? 0 : max(0, min(column - Self.width / 2, count - Self.width))
            return start..<min(count, start + Self.width)
        }
        let windows = locations.map { window(max($0.column, 1)) }
        let kept = Set(windows.flatMap { $0 }), end = windows.map(\.upperBound).max() ?? 0
        var text: [Int: Unicode.Scalar] = [:]
        for (index, scalar) in scalars.enumerated() {
            guard index < end else { break }
            work += 1
            if kept.contains(index) { text[index] = scalar == "\t" ? " " : scalar }
        }
        let gutter = String(repeating: " ", count: String(number).count)
        return zip(locations, windows).map { location, range in
            var shown = String.UnicodeScalarView()
            for index in range { if let scalar = text[index] { shown.append(scalar) } }
            let prefix = range.lowerBound > 0 ? "…" : "", suffix = range.upperBound < count ? "…" : ""
            var excerpt = " \(number) | \(prefix)\(String(shown))\(suffix)\n"
            if location.column > 0 {
                excerpt += " \(gutter) | \(String(repeating: " ", count: prefix.count + max(location.column, 1) - 1 - range.lowerBound))^\n"
            }
            return (location, excerpt)
        }
    }
}
