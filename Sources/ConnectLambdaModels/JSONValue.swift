import Foundation

/// Any JSON value: what `object` and `array` inputs and outputs hold, and what a `json` response
/// is made of.
public indirect enum JSONValue: Sendable, Hashable, Codable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONValue].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        case .null: try container.encodeNil()
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }

    /// The value a JSON text holds, or nil when it is not JSON.
    public static func parse(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// Compact JSON with sorted keys: the same value always gives the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every case encodes: strings, finite numbers, booleans, null and containers of them.
        return (try? encoder.encode(self)) ?? Data("null".utf8)
    }

    /// A number as a flat string map writes it: `42` for a whole number, else its shortest text.
    public static func text(of number: Double) -> String {
        if number.rounded() == number, abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
        return String(number)
    }

    /// The value as a string map carries it: text, a number's text, `true`/`false`; JSON text
    /// for a nested value; nil for `null`.
    public var flatText: String? {
        switch self {
        case .string(let text): text
        case .number(let number): Self.text(of: number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: nil
        case .array, .object: String(decoding: encoded(), as: UTF8.self)
        }
    }
}
