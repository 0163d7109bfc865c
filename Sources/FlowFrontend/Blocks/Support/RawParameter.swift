import Foundation
import FlowCore

/// A parameter value as written in a generic block or a map of attributes: strings, numbers,
/// booleans, lists, mappings, and names tagged with their kind (`!queue billing`, `!flow
/// main-ivr`), which lowering resolves. As in JSON, a plain `5` or `true` is a number or a
/// boolean and a quoted `"5"` or `"true"` a string.
indirect enum RawParameter: Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case list([RawParameter])
    case object([(String, RawParameter)])
    case reference(ResourceKind, Located<String>)

    /// The YAML tags that name a reference, `!queue` to `!module`.
    static let tags = Dictionary(uniqueKeysWithValues: ResourceKind.allCases.map { ("!\($0.rawValue)", $0) })

    init?(_ node: YAMLNode, for key: String, sink: ScopedSink) {
        switch node {
        case .scalar(let scalar):
            if let tag = scalar.tag {
                guard let kind = RawParameter.tags[tag] else {
                    sink.report(.invalidValue,
                                "unknown tag '\(tag)'; tags name references: \(RawParameter.tags.keys.sorted().joined(separator: ", "))"
                                    + Suggestion.hint(for: tag, in: RawParameter.tags.keys), at: scalar.location)
                    return nil
                }
                self = .reference(kind, Located(scalar.text, at: scalar.location))
            } else if scalar.isNull {
                sink.report(.wrongType, "'\(key)' has no value", at: scalar.location)
                return nil
            } else if !scalar.isQuoted, ["true", "false"].contains(scalar.text) {
                self = .bool(scalar.text == "true")
            } else if !scalar.isQuoted, RawParameter.isJSONNumber(scalar.text) {
                self = .number(scalar.text)
            } else {
                self = .string(scalar.text)
            }
        case .sequence(let sequence):
            self = .list(sequence.items.compactMap { RawParameter($0, for: key, sink: sink) })
        case .mapping(let mapping):
            self = .object(mapping.entries.compactMap { entry in
                RawParameter(entry.value, for: entry.key.text, sink: sink).map { (entry.key.text, $0) }
            })
        }
    }

    /// Whether `text` is a number as JSON writes it (so that it can be emitted unchanged).
    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, scanned byte by byte.
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") { bytes = bytes.dropFirst() } else if digits() == 0 { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// Reads a mapping of names to values (attributes, Lambda inputs).
    static func members(of mapping: YAMLMapping, sink: ScopedSink) -> [(Located<String>, RawParameter)] {
        mapping.entries.compactMap { entry in
            RawParameter(entry.value, for: entry.key.text, sink: sink).map { (Located(entry.key.text, at: entry.key.location), $0) }
        }
    }

    /// The IR value with numbers and booleans as strings, for maps Connect keeps as strings
    /// (contact attributes, Lambda inputs).
    func resolveAsText(_ builder: FlowBuilder, sink: ScopedSink) -> ParameterValue? {
        switch self {
        case .number(let text): .string(text)
        case .bool(let value): .string(value ? "true" : "false")
        default: resolve(builder, sink: sink)
        }
    }

    /// The IR value, with references resolved (unresolvable ones are reported and left out).
    func resolve(_ builder: FlowBuilder, sink: ScopedSink) -> ParameterValue? {
        switch self {
        case .string(let string): return .string(string)
        case .number(let text): return .number(text)
        case .bool(let value): return .bool(value)
        case .list(let items): return .list(items.compactMap { $0.resolve(builder, sink: sink) })
        case .reference(let kind, let name): return builder.reference(kind, name, sink: sink)
        case .object(let members):
            var object: [String: ParameterValue] = [:]
            for (key, value) in members { object[key] = value.resolve(builder, sink: sink) }
            return .object(object)
        }
    }
}
