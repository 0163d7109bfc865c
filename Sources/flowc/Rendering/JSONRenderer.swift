import FlowCompiler
import Foundation

/// Renders diagnostics for tools:
/// `{"diagnostics":[{"id","severity","message","file","line","column","flow","block"}],
/// "summary":{"errors":N,"warnings":N,"notes":N}}`, keys sorted, absent flow or block as null.
enum JSONRenderer {
    private struct Report: Encodable {
        var diagnostics: [Entry]
        var summary: [String: Int]
    }

    private struct Entry: Encodable {
        var diagnostic: Diagnostic

        enum CodingKeys: String, CodingKey { case id, severity, message, file, line, column, flow, block }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(diagnostic.id, forKey: .id)
            try container.encode(diagnostic.severity.rawValue, forKey: .severity)
            try container.encode(diagnostic.message, forKey: .message)
            try container.encode(diagnostic.location.file, forKey: .file)
            try container.encode(diagnostic.location.line, forKey: .line)
            try container.encode(diagnostic.location.column, forKey: .column)
            try container.encode(diagnostic.flow, forKey: .flow)
            try container.encode(diagnostic.block, forKey: .block)
        }
    }

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let report = Report(
            diagnostics: diagnostics.map(Entry.init),
            summary: ["errors": diagnostics.count(of: .error), "warnings": diagnostics.count(of: .warning),
                      "notes": diagnostics.count(of: .note)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
