import FlowCore
import Foundation

/// Writing YAML that flowc (and any YAML 1.2 reader) reads back exactly: which scalars may stay
/// plain and how the rest are quoted.
enum YAMLText {
    /// Words a YAML reader would take for something other than a string.
    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    /// A string scalar: plain when it is a simple word, else double-quoted with escapes.
    static func string(_ text: String) -> String {
        return isWord(text) && !reserved.contains(text.lowercased()) ? text : quoted(text)
    }

    /// Whether `text` is a letter or `_` then letters, digits, `_`, `.` and `-` (ASCII): plain in YAML.
    static func isWord(_ text: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_") }
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.dropFirst().allSatisfy { byte in
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
    }

    /// A double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A parameter value: scalars inline, objects and lists as indented blocks under `key:`.
    static func lines(_ key: String, _ value: ParameterValue, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let members) where !members.isEmpty:
            return ["\(pad)\(string(key)):"] + members.keys.sorted().flatMap { lines($0, members[$0]!, indent: indent + 2) }
        case .list(let items) where !items.isEmpty:
            return ["\(pad)\(string(key)):"] + items.flatMap { item -> [String] in
                let nested = lines("-", item, indent: indent + 2)
                return listItem(nested, indent: indent + 2)
            }
        default:
            return ["\(pad)\(string(key)): \(inline(value))"]
        }
    }

    /// A value on one line: scalars, references, and empty objects or lists.
    static func inline(_ value: ParameterValue) -> String {
        switch value {
        case .string(let text): string(text)
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .reference(let reference): "!\(reference.kind.rawValue) \(reference.name)"
        case .object: "{}"
        case .list: "[]"
        }
    }

    /// Turns the lines a value renders as under the pseudo-key `-` into a list item.
    private static func listItem(_ nested: [String], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        guard let first = nested.first else { return [] }
        if first.hasPrefix("\(pad)\"-\": ") { return ["\(pad)- " + first.dropFirst(pad.count + 5)] }
        if first == "\(pad)\"-\":" {
            // An object or a list: its members follow, two more spaces in; fold the first into the dash.
            let rest = Array(nested.dropFirst())
            guard let head = rest.first else { return ["\(pad)- {}"] }
            let inner = String(repeating: " ", count: indent + 2)
            return ["\(pad)- " + head.dropFirst(inner.count)] + rest.dropFirst()
        }
        return nested
    }
}
