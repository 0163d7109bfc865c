import FlowCore

/// A parameter value as written in a generic block or a map of attributes: strings, lists,
/// mappings, and names tagged with their kind (`!queue billing`, `!flow main-ivr`), which
/// lowering resolves.
indirect enum RawParameter: Sendable {
    case string(String)
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

    /// Reads a mapping of names to values (attributes, Lambda inputs).
    static func members(of mapping: YAMLMapping, sink: ScopedSink) -> [(Located<String>, RawParameter)] {
        mapping.entries.compactMap { entry in
            RawParameter(entry.value, for: entry.key.text, sink: sink).map { (Located(entry.key.text, at: entry.key.location), $0) }
        }
    }

    /// The IR value, with references resolved (unresolvable ones are reported and left out).
    func resolve(_ builder: FlowBuilder, sink: ScopedSink) -> ParameterValue? {
        switch self {
        case .string(let string): return .string(string)
        case .list(let items): return .list(items.compactMap { $0.resolve(builder, sink: sink) })
        case .reference(let kind, let name): return builder.reference(kind, name, sink: sink)
        case .object(let members):
            var object: [String: ParameterValue] = [:]
            for (key, value) in members { object[key] = value.resolve(builder, sink: sink) }
            return .object(object)
        }
    }
}
