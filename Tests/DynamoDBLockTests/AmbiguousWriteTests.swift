import AWSClients
import DynamoDBLock
import Foundation
import LambdaTestSupport
import Synchronization
import Testing

/// A lock write whose answer is lost: DynamoDB applied it, the client saw a failure, retried,
/// and met its own item's condition failure. The lock reads the item back and, finding its own
/// version, holds the key instead of waiting a whole lease on itself.
@Suite("DynamoDB lock, ambiguous writes")
struct AmbiguousWriteTests {
    @Test("an acquisition applied but answered with a 500 is still the caller's")
    func answerLost() async throws {
        let item = Mutex<Data?>(nil)
        let server = try await LocalHTTPServer.start { request in
            let target = request.headers["x-amz-target"] ?? ""
            let body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] ?? [:]
            if target.hasSuffix("GetItem") {
                let stored = item.withLock { $0 }
                return .init(json: stored.map { #"{"Item": \#(String(decoding: $0, as: UTF8.self))}"# } ?? "{}")
            }
            // PutItem: the first is applied and its answer lost; the retry fails its condition.
            let written = (body["Item"] as? [String: Any]).flatMap { try? JSONSerialization.data(withJSONObject: $0) }
            let applied = item.withLock { stored -> Bool in
                guard stored == nil else { return false }
                stored = written
                return true
            }
            return applied
                ? .init(status: 500, json: #"{"__type": "com.amazonaws.dynamodb.v20120810#InternalServerError", "message": "lost"}"#)
                : .init(status: 400, json: #"{"__type": "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", "message": "exists"}"#)
        }
        defer { Task { await server.stop() } }
        let dynamo = try DynamoDB.fromEnvironment(["AWS_REGION": "eu-west-2", "AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b",
                                                   "AWS_ENDPOINT_URL": server.url], retry: RetryPolicy(baseDelay: .milliseconds(1)))
        let lock = LockClient(dynamoDB: dynamo, table: "locks", owner: "me", leaseDuration: .seconds(10), pollInterval: .seconds(1),
                              clock: StepClock())
        let lease = try await lock.acquire("k", timeout: .seconds(1))
        #expect(lease.owner == "me" && lease.fencingToken == 1)
        let puts = await server.requests.filter { $0.headers["x-amz-target"]?.hasSuffix("PutItem") == true }
        #expect(puts.count == 2)
    }
}

