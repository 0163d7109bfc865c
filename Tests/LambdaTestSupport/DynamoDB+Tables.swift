import AWSClients
import Foundation

extension DynamoDB {
    /// Creates an on-demand table keyed by the string attribute `key` (and `sortKey`), as the
    /// tests and benchmarks against moto need them.
    public func createTable(_ name: String, key: String, sortKey: String? = nil) async throws {
        let keys = [(key, "HASH")] + (sortKey.map { [($0, "RANGE")] } ?? [])
        let request: [String: Any] = [
            "TableName": name, "BillingMode": "PAY_PER_REQUEST",
            "KeySchema": keys.map { ["AttributeName": $0.0, "KeyType": $0.1] },
            "AttributeDefinitions": keys.map { ["AttributeName": $0.0, "AttributeType": "S"] },
        ]
        _ = try await client.call("CreateTable", try JSONSerialization.data(withJSONObject: request), deadline: Date().addingTimeInterval(10))
    }
}
