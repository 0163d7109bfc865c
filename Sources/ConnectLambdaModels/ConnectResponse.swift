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
    /// left out), for JSON the values as they are; keys sorted.
    public func encoded() -> Data {
        switch type {
        case .stringMap: JSONValue.object(fields.compactMapValues { $0.flatText.map(JSONValue.string) }).encoded()
        case .json: JSONValue.object(fields.filter { $0.value != .null }).encoded()
        }
    }
}
