import FlowCore

/// Reads the keys of one YAML mapping with type checks, reporting every problem into a sink.
///
/// Each accessor reports a wrong shape or type and returns nil, so callers read on and one run
/// reports every problem. `finish(known:)` reports the keys nobody asked for.
final class MappingReader {
    let mapping: YAMLMapping
    let sink: ScopedSink
    /// What the mapping is, for messages: "block 'menu'", "flowc.yaml".
    let subject: String

    init(_ mapping: YAMLMapping, subject: String, sink: ScopedSink) {
        self.mapping = mapping
        self.subject = subject
        self.sink = sink
    }

    var location: SourceLocation { mapping.location }

    func has(_ key: String) -> Bool { mapping[key] != nil }

    /// Where the key itself is written.
    func keyLocation(_ key: String) -> SourceLocation? { mapping[key]?.key.location }

    /// The value under `key`, any shape.
    func node(_ key: String) -> YAMLNode? { mapping[key]?.value }

    /// The value under `key`, reporting `missing_key` when it is absent.
    func required(_ key: String, _ what: String = "") -> YAMLNode? {
        if let value = node(key) { return value }
        sink.report(.missingKey, "\(subject) needs '\(key)'\(what.isEmpty ? "" : " (\(what))")", at: location)
        return nil
    }

    func string(_ key: String) -> Located<String>? {
        node(key).flatMap { sink.string($0, for: key, expected: Self.expectation(for: key)) }
    }

    func requiredString(_ key: String, _ what: String = "") -> Located<String>? {
        required(key, what).flatMap { sink.string($0, for: key, expected: Self.expectation(for: key)) }
    }

    /// Keys whose value names a block (`next`, `on_error`, `on_timeout`, `fallback`, …), so that a
    /// wrong shape says what is expected.
    static let blockReferenceKeys: Set = ["next", "start", "fallback", "otherwise", "body", "done", "open", "closed"]

    /// What a key's value must be, for `wrong_type` messages.
    static func expectation(for key: String) -> String {
        key.hasPrefix("on_") || blockReferenceKeys.contains(key) ? "a block name" : "a string"
    }

    func int(_ key: String, in range: ClosedRange<Int>) -> Located<Int>? {
        node(key).flatMap { sink.int($0, for: key, in: range) }
    }

    func bool(_ key: String) -> Located<Bool>? { node(key).flatMap { sink.bool($0, for: key) } }

    /// A positive number of seconds up to a day, whole or decimal (`45`, `2.5`).
    func seconds(_ key: String) -> Double? {
        guard let text = string(key) else { return nil }
        guard let value = Double(text.value), value > 0, value <= 86_400 else {
            sink.report(.invalidValue, "'\(key)' must be a number of seconds from 0 to 86400, found '\(text.value)'", at: text.location)
            return nil
        }
        return value
    }

    func mapping(_ key: String) -> YAMLMapping? { node(key).flatMap { sink.mapping($0, for: key) } }

    func sequence(_ key: String) -> YAMLSequence? { node(key).flatMap { sink.sequence($0, for: key) } }

    /// Reports every key that is not in `known`, with a suggestion when one is close.
    func finish(known: [String]) {
        for (key, _) in mapping.entries where !known.contains(key.text) {
            sink.report(.unknownKey,
                        "unknown key '\(key.text)' in \(subject)\(Suggestion.hint(for: key.text, in: known))",
                        at: key.location)
        }
    }
}

extension ScopedSink {
    /// A scalar's text; reports `wrong_type`, saying what is `expected`, for mappings, lists
    /// and nulls.
    func string(_ node: YAMLNode, for key: String, expected: String = "a string") -> Located<String>? {
        guard case .scalar(let scalar) = node, !scalar.isNull else {
            report(.wrongType, "'\(key)' must be \(expected), found \(node.shapeName)", at: node.location)
            return nil
        }
        return Located(scalar.text, at: scalar.location)
    }

    func int(_ node: YAMLNode, for key: String, in range: ClosedRange<Int>) -> Located<Int>? {
        guard let text = string(node, for: key) else { return nil }
        guard let value = Int(text.value) else {
            report(.wrongType, "'\(key)' must be a whole number, found '\(text.value)'", at: text.location)
            return nil
        }
        guard range.contains(value) else {
            report(.invalidValue, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)",
                   at: text.location)
            return nil
        }
        return Located(value, at: text.location)
    }

    /// Accepts true/false, yes/no and on/off in any case.
    func bool(_ node: YAMLNode, for key: String) -> Located<Bool>? {
        guard let text = string(node, for: key) else { return nil }
        switch text.value.lowercased() {
        case "true", "yes", "on": return Located(true, at: text.location)
        case "false", "no", "off": return Located(false, at: text.location)
        default:
            report(.wrongType, "'\(key)' must be true or false, found '\(text.value)'", at: text.location)
            return nil
        }
    }

    func mapping(_ node: YAMLNode, for key: String) -> YAMLMapping? {
        if case .mapping(let mapping) = node { return mapping }
        report(.wrongType, "'\(key)' must be a mapping, found \(node.shapeName)", at: node.location)
        return nil
    }

    func sequence(_ node: YAMLNode, for key: String) -> YAMLSequence? {
        if case .sequence(let sequence) = node { return sequence }
        report(.wrongType, "'\(key)' must be a list, found \(node.shapeName)", at: node.location)
        return nil
    }

    /// A value from a fixed set of words, with a suggestion when the word is close to one.
    func choice(_ node: YAMLNode, for key: String, from choices: [String]) -> Located<String>? {
        guard let text = string(node, for: key) else { return nil }
        guard choices.contains(text.value) else {
            report(.invalidValue,
                   "'\(key)' must be one of \(choices.joined(separator: ", ")); found '\(text.value)'"
                       + Suggestion.hint(for: text.value, in: choices),
                   at: text.location)
            return nil
        }
        return text
    }
}
