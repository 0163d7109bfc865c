/// A JSON document that renders deterministically: object keys sorted, two-space indentation,
/// one trailing newline. Used by the Connect emitter (and anything else that writes JSON).
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    /// A number, as written (already valid JSON number text).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The pretty-printed document, ending in a newline.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .string(let string): output.append(Self.quoted(string))
        case .number(let number): output.append(number)
        case .bool(let bool): output.append(bool ? "true" : "false")
        case .null: output.append("null")
        case .array(let items):
            guard !items.isEmpty else { return output.append("[]") }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1))
                item.write(into: &output, indent: indent + 1)
                output.append(index == items.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: "  ", count: indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { return output.append("{}") }
            output.append("{\n")
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1) + Self.quoted(key) + ": ")
                members[key]!.write(into: &output, indent: indent + 1)
                output.append(index == keys.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    /// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result.append("\\\"")
            case "\\": result.append("\\\\")
            case "\n": result.append("\\n")
            case "\r": result.append("\\r")
            case "\t": result.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
