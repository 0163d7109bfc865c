import Foundation

/// How Connect validates a Lambda function's response (the block's `ResponseValidation`,
/// admin guide "invoke-lambda-function-block"): a flat map of strings, or any JSON.
public enum ConnectResponseType: String, Sendable, Hashable {
    case stringMap = "STRING_MAP"
    case json = "JSON"
}

/// What a Lambda function answers Connect: its outputs, each read by flows as `$.External.NAME`.
public struct ConnectResponse: Sendable, Equatable {
    public var fields: [String: JSONValue]
    public var type: ConnectResponseType

    public init(_ fields: [String: JSONValue] = [:], type: ConnectResponseType) {
        self.fields = fields
        self.type = type
    }

    /// The response body: for a string map every value as text (a missing optional output is
    /// left out), for JSON the values as they are; keys sorted. A number that is not finite
    /// (NaN, infinity) has no JSON and no sensible text: it is an error, not a `null`.
    public func encoded() throws(InvalidResponse) -> Data {
        if let field = fields.first(where: { !$0.value.isFinite })?.key { throw InvalidResponse(field: field) }
        switch type {
        case .stringMap: return JSONValue.object(fields.compactMapValues { $0.flatText.map(JSONValue.string) }).encoded()
        case .json: return JSONValue.object(fields.filter { $0.value != .null }).encoded()
        }
    }

    /// Connect's limit on a flat string map response: "The size of the returned data must be less
    /// than 32 Kb of UTF-8 data" (Connect admin guide, "Invoke AWS Lambda functions", as archived
    /// in awsdocs/amazon-connect-admin-guide).
    public static let maximumStringMapBytes = 32 * 1024
}

/// An output with no value Connect can take.
public struct InvalidResponse: Error, Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public init(field: String) { self.field = field }
    public var description: String { "output '\(field)' is not a finite number" }
}

extension JSONValue {
    /// Whether every number in the value is finite.
    var isFinite: Bool {
        switch self {
        case .number(let number): number.isFinite
        case .array(let items): items.allSatisfy(\.isFinite)
        case .object(let members): members.values.allSatisfy(\.isFinite)
        case .string, .bool, .null: true
        }
    }
}
