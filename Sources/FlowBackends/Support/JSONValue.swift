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

    /// The pretty-printed document, ending in a newline. Written as bytes into one buffer.
    public func rendered() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .string(let string): Self.quote(string, into: &output)
        case .number(let number): output.append(contentsOf: number.utf8)
        case .bool(let bool): output.append(contentsOf: (bool ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                Self.indent(indent + 1, into: &output)
                item.write(into: &output, indent: indent + 1)
                output.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(contentsOf: "{\n".utf8)
            let sorted = members.sorted { $0.key < $1.key }
            for (index, member) in sorted.enumerated() {
                Self.indent(indent + 1, into: &output)
                Self.quote(member.key, into: &output)
                output.append(contentsOf: ": ".utf8)
                member.value.write(into: &output, indent: indent + 1)
                output.append(contentsOf: (index == sorted.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ level: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Appends `string` as a JSON string literal: its UTF-8 bytes as they are, but for `"`, `\`
    /// and control characters, escaped.
    static func quote(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            case ..<0x20:
                let hex = Array(String(byte, radix: 16).utf8)
                output.append(contentsOf: "\\u".utf8)
                output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.count))
                output.append(contentsOf: hex)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
