import Foundation

/// The contact's channel: `VOICE`, `CHAT`, `TASK` or `EMAIL` (the channels the Invoke AWS Lambda
/// function block supports, admin guide "invoke-lambda-function-block"); a value Connect adds
/// later is kept as sent.
public struct Channel: RawRepresentable, Hashable, Sendable, Decodable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    public static let voice = Channel(rawValue: "VOICE")
    public static let chat = Channel(rawValue: "CHAT")
    public static let task = Channel(rawValue: "TASK")
    public static let email = Channel(rawValue: "EMAIL")

    public var description: String { rawValue }
}

/// How the contact began. Connect documents `INBOUND`, `OUTBOUND`, `TRANSFER`, `CALLBACK` and
/// `API` (among others); a value it adds later is kept as sent.
public struct InitiationMethod: RawRepresentable, Hashable, Sendable, Decodable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    public static let inbound = InitiationMethod(rawValue: "INBOUND")
    public static let outbound = InitiationMethod(rawValue: "OUTBOUND")
    public static let transfer = InitiationMethod(rawValue: "TRANSFER")
    public static let callback = InitiationMethod(rawValue: "CALLBACK")
    public static let api = InitiationMethod(rawValue: "API")

    public var description: String { rawValue }
}

/// A JSON object of strings read leniently: a number or boolean becomes its text (a number's
/// digits as sent, however many), an object or array its JSON; a `null` is left out. Connect
/// sends attributes and parameters as strings.
struct LenientStringMap: Decodable {
    var values: [String: String] = [:]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys {
            if let text = try? container.decode(String.self, forKey: key) {
                values[key.stringValue] = text
            } else if let flag = try? container.decode(Bool.self, forKey: key) {
                values[key.stringValue] = flag ? "true" : "false"
            } else if let number = try? container.decode(Decimal.self, forKey: key) {
                values[key.stringValue] = number.description
            } else if let value = try? container.decode(JSONValue.self, forKey: key), value != .null {
                values[key.stringValue] = String(decoding: value.encoded(), as: UTF8.self)
            }
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
