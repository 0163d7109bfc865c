import FlowCore

/// A JSON document with the position of every value, as the Connect JSON importer reads it.
indirect enum JSONNode: Sendable {
    case object([(key: String, keyLocation: SourceLocation, value: JSONNode)], SourceLocation)
    case array([JSONNode], SourceLocation)
    case string(String, SourceLocation)
    /// A number, kept as written.
    case number(String, SourceLocation)
    case bool(Bool, SourceLocation)
    case null(SourceLocation)

    var location: SourceLocation {
        switch self {
        case .object(_, let location), .array(_, let location), .string(_, let location), .number(_, let location),
            .bool(_, let location), .null(let location):
            location
        }
    }

    /// The member with this key (the last one, as JSON parsers do), if this is an object.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members, _) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    var string: String? {
        if case .string(let value, _) = self { return value }
        return nil
    }

    /// "an object", "a string", …: for messages.
    var shapeName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

extension JSONNode {
    /// Where each `$.` path written in a string of this node starts (the first place, when a
    /// path is written twice), found in the source from the string's start.
    func pathLocations(in source: SourceLines) -> [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        var pending: [JSONNode] = [self]
        while let node = pending.popLast() {
            switch node {
            case .object(let members, _): pending += members.reversed().map(\.value)
            case .array(let items, _): pending += items.reversed()
            case .string(let text, let location):
                source.locatePaths(in: text, at: location, into: &locations)
            case .number, .bool, .null: break
            }
        }
        return locations
    }
}
