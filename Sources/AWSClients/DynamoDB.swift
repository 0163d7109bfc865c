import Foundation

/// The DynamoDB calls the call centre makes (JSON 1.0 protocol, target `DynamoDB_20120810`;
/// DynamoDB API reference).
public struct DynamoDB: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// A client for the region and endpoint the environment gives (`AWS_ENDPOINT_URL_DYNAMODB`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> DynamoDB {
        DynamoDB(client: try .fromEnvironment(service: "DYNAMODB", signingName: "dynamodb", targetPrefix: "DynamoDB_20120810",
                                        environment, retry: retry, clock: clock, random: random))
    }

    /// `PutItem`, only when `condition` holds (`attribute_not_exists(contactId)`); a condition
    /// that fails is `AWSError.service(code: "ConditionalCheckFailedException", …)`, never retried.
    public func putItem(table: String, item: [String: AttributeValue], condition: String? = nil,
                        names: [String: String] = [:], values: [String: AttributeValue] = [:], deadline: Date) async throws(AWSError) {
        var request: [String: JSONField] = ["TableName": .string(table), "Item": .attributes(item)]
        if let condition { request["ConditionExpression"] = .string(condition) }
        if !names.isEmpty { request["ExpressionAttributeNames"] = .names(names) }
        if !values.isEmpty { request["ExpressionAttributeValues"] = .attributes(values) }
        _ = try await client.call("PutItem", JSONField.encode(request), deadline: deadline)
    }

    /// `UpdateItem`: applies `update` (`SET count = :next`) when `condition` holds, and answers
    /// the item as it is afterwards (`ReturnValues: ALL_NEW`). A failed condition is
    /// `AWSError.service(code: "ConditionalCheckFailedException", …)`, never retried.
    @discardableResult
    public func updateItem(table: String, key: [String: AttributeValue], update: String, condition: String? = nil,
                           names: [String: String] = [:], values: [String: AttributeValue] = [:],
                           deadline: Date) async throws(AWSError) -> [String: AttributeValue] {
        var request: [String: JSONField] = ["TableName": .string(table), "Key": .attributes(key),
                                            "UpdateExpression": .string(update), "ReturnValues": .string("ALL_NEW")]
        if let condition { request["ConditionExpression"] = .string(condition) }
        if !names.isEmpty { request["ExpressionAttributeNames"] = .names(names) }
        if !values.isEmpty { request["ExpressionAttributeValues"] = .attributes(values) }
        let answer = try await client.call("UpdateItem", JSONField.encode(request), deadline: deadline)
        struct Answer: Decodable { var Attributes: [String: AttributeValue]? }
        do { return try JSONDecoder().decode(Answer.self, from: answer).Attributes ?? [:] } catch {
            throw .service(code: "InvalidAnswer", message: "UpdateItem's answer is not an item: \(error)", status: 200)
        }
    }

    /// The clock the client signs and keeps its deadlines by.
    public var clock: any AWSClock { client.clock }

    /// `GetItem` with a consistent read; nil when there is no such item.
    public func getItem(table: String, key: [String: AttributeValue], deadline: Date) async throws(AWSError) -> [String: AttributeValue]? {
        let request: [String: JSONField] = ["TableName": .string(table), "Key": .attributes(key), "ConsistentRead": .bool(true)]
        let answer = try await client.call("GetItem", JSONField.encode(request), deadline: deadline)
        struct Answer: Decodable { var Item: [String: AttributeValue]? }
        do { return try JSONDecoder().decode(Answer.self, from: answer).Item } catch {
            throw .service(code: "InvalidAnswer", message: "GetItem's answer is not an item: \(error)", status: 200)
        }
    }
}

/// A DynamoDB attribute value in the service's JSON (`{"S": "…"}`, `{"N": "12"}`, …).
public indirect enum AttributeValue: Sendable, Equatable, Codable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case map([String: AttributeValue])
    case list([AttributeValue])

    enum CodingKeys: String, CodingKey { case S, N, BOOL, NULL, M, L }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .S) { self = .string(text) }
        else if let number = try container.decodeIfPresent(String.self, forKey: .N) { self = .number(number) }
        else if let flag = try container.decodeIfPresent(Bool.self, forKey: .BOOL) { self = .bool(flag) }
        else if try container.decodeIfPresent(Bool.self, forKey: .NULL) != nil { self = .null }
        else if let map = try container.decodeIfPresent([String: AttributeValue].self, forKey: .M) { self = .map(map) }
        else if let list = try container.decodeIfPresent([AttributeValue].self, forKey: .L) { self = .list(list) }
        else { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an attribute type flowc does not read")) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .string(let text): try container.encode(text, forKey: .S)
        case .number(let number): try container.encode(number, forKey: .N)
        case .bool(let flag): try container.encode(flag, forKey: .BOOL)
        case .null: try container.encode(true, forKey: .NULL)
        case .map(let map): try container.encode(map, forKey: .M)
        case .list(let list): try container.encode(list, forKey: .L)
        }
    }
}

/// The top-level members of a JSON request body.
enum JSONField: Encodable {
    case string(String)
    case bool(Bool)
    case attributes([String: AttributeValue])
    case names([String: String])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .bool(let flag): try container.encode(flag)
        case .attributes(let values): try container.encode(values)
        case .names(let names): try container.encode(names)
        }
    }

    /// The body, keys sorted.
    static func encode(_ fields: [String: JSONField]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(fields)) ?? Data("{}".utf8)
    }
}
