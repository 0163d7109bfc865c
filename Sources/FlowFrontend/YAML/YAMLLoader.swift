import FlowCore
import Foundation
import Yams

/// Reads a YAML file into a `YAMLNode`, turning every Yams error into a located diagnostic.
///
/// Yams rejects a mapping with a repeated key as a whole; the loader finds the repeated key in
/// the text, reports it where it is repeated, renames it out of the way and parses again, so that
/// one run still reports every other problem in the file.
struct YAMLLoader {
    /// Name of a mapping key → noun for its entries ("blocks" → "block"), for the messages about
    /// repeated names.
    var nameSections: [String: String] = [:]

    /// Nodes a document may expand to beyond one per byte of its text. Without aliases a
    /// document has fewer nodes than bytes (every node takes at least one character), so only
    /// aliases can pass `max(nodeBudget, bytes)`: a large file is read however long it is, and a
    /// small one that aliases make huge is stopped.
    var nodeBudget = 500_000

    /// The document's root node, or nil after reporting why there is none.
    func load(_ text: String, file: String, into sink: DiagnosticSink) -> YAMLNode? {
        var text = text
        var renamed = 0
        while true {
            do {
                // The basic resolver: every plain scalar is text (flowc reads values by what the key
                // expects), so no scalar's type is guessed with regular expressions, and keys are
                // repeated when their text is, `1` and "1" alike.
                guard let root = try Yams.compose(yaml: text, .basic) else {
                    sink.report(.emptyFile, "'\(file)' holds no YAML document", at: SourceLocation(file: file, line: 1, column: 1))
                    return nil
                }
                var budget = max(nodeBudget, text.utf8.count)
                guard let node = convert(root, file: file, budget: &budget, sink: sink) else { return nil }
                return node
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                var recovery = DuplicateKeyRecovery(text: text, file: file, nameSections: nameSections)
                guard let key = duplicates.sorted().first,
                    let fixed = recovery.renameRepeats(of: key, firstAt: context.mark, serial: renamed, into: sink)
                else {
                    let location = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
                    sink.report(.duplicateKey, "key '\(duplicates.sorted().first ?? "?")' appears twice in this mapping",
                                at: location)
                    return nil
                }
                text = fixed
                renamed += 1
            } catch let error as YamlError {
                sink.report(syntaxDiagnostic(error, file: file, text: text))
                return nil
            } catch {
                sink.report(.yamlSyntax, "cannot read YAML: \(error)", at: SourceLocation(file: file))
                return nil
            }
        }
    }

    private func syntaxDiagnostic(_ error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let syntax = YAMLSyntaxMessage(
                problem: problem, context: context.map { ($0.text, $0.mark.line, $0.mark.column) }, line: mark.line,
                column: mark.column, text: text, file: file)
            return Diagnostic(.yamlSyntax, syntax.message, at: syntax.location)
        case let .reader(problem, offset, _, yaml):
            let location = offset.map { Self.location(ofUTF8Offset: $0, in: yaml, file: file) }
            return Diagnostic(.invalidEncoding, "cannot read the file: \(problem)",
                              at: location ?? SourceLocation(file: file))
        default:
            return Diagnostic(.yamlSyntax, "invalid YAML: \(error)", at: SourceLocation(file: file))
        }
    }

    /// Line and column of a byte offset into `text`.
    static func location(ofUTF8Offset offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1, consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
