import AWSClients
import Foundation

/// Who holds the lock, as the contenders report it: the most at once, every token handed out.
actor Holders {
    private var now = 0
    private(set) var mostAtOnce = 0
    private(set) var tokens: [UInt64] = []
    private(set) var failures: [String] = []

    func enter(_ token: UInt64) {
        now += 1
        mostAtOnce = max(mostAtOnce, now)
        tokens.append(token)
    }

    func leave() { now -= 1 }

    func fail(_ why: String) { failures.append(why) }
}

/// A shared counter updated read-then-write, so only the lock keeps increments from being lost;
/// each write is fenced: refused when the counter has seen a newer token.
struct Counter {
    let dynamo: DynamoDB
    let key: [String: AttributeValue] = ["name": .string("calls")]

    var value: Int {
        get async throws {
            let item = try await dynamo.getItem(table: "counters", key: key, deadline: Date().addingTimeInterval(5))
            guard case .number(let text)? = item?["value"] else { return 0 }
            return Int(text) ?? -1
        }
    }

    func increment(token: UInt64, working work: () async throws -> Void = {}) async throws {
        let next = try await value + 1
        try await work()
        try await dynamo.putItem(table: "counters", item: key.merging(["value": .number(String(next)), "token": .number(String(token))]) { $1 },
                                 condition: "attribute_not_exists(#token) OR #token < :token", names: ["#token": "token"],
                                 values: [":token": .number(String(token))], deadline: Date().addingTimeInterval(5))
    }
}
