import FlowCore

/// A YAML document as flowc reads it: scalars, mappings and sequences, each with its position.
///
/// It is a plain value copied out of Yams' node tree, so the rest of the frontend never sees
/// Yams and can keep nodes across threads.
indirect enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    /// "a string", "a mapping", "a list": for "expected X, found Y" messages.
    var shapeName: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "nothing" : "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

/// A scalar with its text exactly as written (after YAML unquoting).
struct YAMLScalar: Sendable {
    var text: String
    /// A local tag such as `!queue`, or nil for untagged scalars and YAML's own tags.
    var tag: String?
    /// Whether the scalar was quoted; a quoted scalar is never null, a number or a boolean.
    var isQuoted: Bool
    var location: SourceLocation

    /// An empty plain scalar, `~` or `null`.
    var isNull: Bool { !isQuoted && tag == nil && ["", "~", "null", "Null", "NULL"].contains(text) }
}

/// A mapping with its entries in source order.
struct YAMLMapping: Sendable {
    var entries: [(key: YAMLScalar, value: YAMLNode)]
    var location: SourceLocation

    /// The entry with this key, if any.
    subscript(key: String) -> (key: YAMLScalar, value: YAMLNode)? {
        entries.first { $0.key.text == key }
    }
}

/// A sequence with its items in source order.
struct YAMLSequence: Sendable {
    var items: [YAMLNode]
    var location: SourceLocation
}
