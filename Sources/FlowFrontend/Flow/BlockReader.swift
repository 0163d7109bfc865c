import Foundation
import FlowCore

/// Reads one block: exactly one action keyword (`play:`, `menu:`, …, or `action:` for the
/// generic form) plus the keys every block shares.
struct BlockReader {
    let context: ReadContext

    static let commonKeys = ["next", "on_error", "errors", "description", "suppress"]

    func read(name: YAMLScalar, body: YAMLNode) -> BlockDeclaration? {
        let sink = context.sink
        if !NameRules.isBlockName(name.text) {
            sink.report(.invalidName, "block name '\(name.text)' must be \(NameRules.blockPattern)", at: name.location)
        }
        guard let mapping = sink.mapping(body, for: name.text) else { return nil }
        let reader = MappingReader(mapping, subject: "block '\(name.text)'", sink: sink)
        reader.finish(known: Self.commonKeys + BlockForms.keywords)
        let forms = mapping.entries.filter { BlockForms.byKeyword[$0.key.text] != nil }
        guard let chosen = forms.first, forms.count == 1 else {
            let message = forms.isEmpty
                ? "block '\(name.text)' names no action; give one of \(BlockForms.keywords.joined(separator: ", "))"
                : "block '\(name.text)' names several actions (\(forms.map(\.key.text).joined(separator: ", "))); "
                    + "split it into one block per action"
            sink.report(.ambiguousBlock, message, at: forms.dropFirst().first?.key.location ?? name.location)
            return nil
        }
        let formType = BlockForms.byKeyword[chosen.key.text]!
        guard let form = formType.read(chosen.value, context: context) else { return nil }
        let declaration = BlockDeclaration(
            name: Located(name.text, at: name.location), formLocation: chosen.key.location, form: form,
            next: reader.string("next"), onError: reader.string("on_error"), errors: readErrors(reader),
            description: reader.string("description")?.value, suppressions: readSuppressions(reader),
            pathLocations: chosen.value.pathLocations(in: context.source))
        checkNext(declaration, reader: reader)
        return declaration
    }

    private func readErrors(_ reader: MappingReader) -> [(type: Located<String>, target: Located<String>)] {
        guard let errors = reader.mapping("errors") else { return [] }
        return errors.entries.compactMap { key, value in
            reader.sink.string(value, for: key.text, expected: "a block name").map { (Located(key.text, at: key.location), $0) }
        }
    }

    /// `suppress: { silent_failure: "the module apologised already" }`; a reason is required.
    private func readSuppressions(_ reader: MappingReader) -> [Suppression] {
        guard let suppress = reader.mapping("suppress") else { return [] }
        return suppress.entries.compactMap { key, value in
            let reason = reader.sink.string(value, for: key.text)?.value.trimmingCharacters(in: .whitespaces) ?? ""
            guard !reason.isEmpty else {
                reader.sink.report(.missingKey, "suppressing '\(key.text)' needs a reason: suppress: { \(key.text): \"why\" }",
                                   at: key.location)
                return nil
            }
            return Suppression(rule: key.text, reason: reason, at: key.location)
        }
    }

    private func checkNext(_ block: BlockDeclaration, reader: MappingReader) {
        switch block.nextRule {
        case .required where block.next == nil && !reader.has("next"):
            reader.sink.report(.missingKey,
                               "block '\(block.name.value)' needs 'next': where the caller goes after it",
                               at: block.name.location)
        case .forbidden(let reason):
            if let next = reader.keyLocation("next") {
                reader.sink.report(.invalidValue, "'next' has no effect here: \(reason)", at: next)
            }
        default:
            break
        }
    }
}
