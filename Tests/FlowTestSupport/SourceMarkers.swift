import Foundation
/// Expected diagnostics written into test sources as YAML comments: a line such as
///
///     next: mian-menu
///     #     ^ unknown_reference
///
/// expects a diagnostic with that id at the line above the marker (skipping other marker
/// lines), at the caret's column.
public struct SourceMarker: Hashable, Sendable, CustomStringConvertible {
    public var id: String
    public var line: Int
    public var column: Int

    public var description: String { "\(line):\(column) [\(id)]" }

    public init(id: String, line: Int, column: Int) {
        self.id = id
        self.line = line
        self.column = column
    }

    /// Every marker in `text`.
    public static func parse(_ text: String) -> [SourceMarker] {
        var markers: [SourceMarker] = []
        var lastCode = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("#"), let caret = line.firstIndex(of: "^") else {
                lastCode = index + 1
                continue
            }
            let id = line[line.index(after: caret)...].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                lastCode = index + 1
                continue
            }
            markers.append(SourceMarker(id: id, line: lastCode, column: line.distance(from: line.startIndex, to: caret) + 1))
        }
        return markers
    }
}
