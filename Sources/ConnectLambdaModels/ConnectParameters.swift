import Foundation

/// What a flow passes a Lambda function (`Details.Parameters`, the block's
/// `LambdaInvocationAttributes`): strings, read as the types a contract declares.
///
/// Every accessor throws `ContractError` naming the parameter, so a flow that passes the wrong
/// thing gets a clear error on the Lambda's error branch rather than a wrong answer.
public struct ConnectParameters: Decodable, Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }
    public init(dictionaryLiteral elements: (String, String)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }
    public init(from decoder: any Decoder) throws { values = try LenientStringMap(from: decoder).values }

    public subscript(name: String) -> String? { values[name] }

    /// A required string.
    public func string(_ name: String) throws(ContractError) -> String {
        guard let value = values[name] else { throw .missingParameter(name) }
        return value
    }

    /// An optional string: nil when absent.
    public func optionalString(_ name: String) -> String? { values[name] }

    /// A required number (`"42"`, `"-3.5"`).
    public func number(_ name: String) throws(ContractError) -> Double {
        try parsed(try string(name), name: name, as: "a number", Self.number)
    }

    public func optionalNumber(_ name: String) throws(ContractError) -> Double? {
        try values[name].map { text throws(ContractError) in try parsed(text, name: name, as: "a number", Self.number) }
    }

    /// A required boolean: `true` or `false`, in any case.
    public func boolean(_ name: String) throws(ContractError) -> Bool {
        try parsed(try string(name), name: name, as: "true or false", Self.boolean)
    }

    public func optionalBoolean(_ name: String) throws(ContractError) -> Bool? {
        try values[name].map { text throws(ContractError) in try parsed(text, name: name, as: "true or false", Self.boolean) }
    }

    /// A required JSON value passed as text (an `object` or `array` input).
    public func json(_ name: String) throws(ContractError) -> JSONValue {
        try parsed(try string(name), name: name, as: "JSON", JSONValue.parse)
    }

    public func optionalJSON(_ name: String) throws(ContractError) -> JSONValue? {
        try values[name].map { text throws(ContractError) in try parsed(text, name: name, as: "JSON", JSONValue.parse) }
    }

    private func parsed<T>(_ text: String, name: String, as expected: String, _ parse: (String) -> T?) throws(ContractError) -> T {
        guard let value = parse(text) else { throw .invalidParameter(name, value: text, expected: expected) }
        return value
    }

    /// A decimal number as a person or a flow writes one (`42`, `-3.5`, `1e3`): not `0x10`,
    /// `nan` or `inf`, which Swift would also read.
    private static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.allSatisfy({ "0123456789+-.eE".contains($0) }), let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    private static func boolean(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }
}

/// A contract the event does not meet: reported through the runtime's `/error` call, so the
/// flow takes the Lambda's error branch with this message in the function's logs.
public enum ContractError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingParameter(String)
    case invalidParameter(String, value: String, expected: String)

    public var description: String {
        switch self {
        case .missingParameter(let name):
            "the flow passed no parameter '\(name)', which the contract requires"
        case .invalidParameter(let name, let value, let expected):
            "parameter '\(name)' is \"\(value.prefix(80))\", not \(expected)"
        }
    }
}
