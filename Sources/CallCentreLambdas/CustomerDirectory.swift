import AWSClients
import BackOffice
import ConnectLambdaModels
import Foundation

/// Finding a customer for the IVR, with the CRM's answers cached in DynamoDB so that a caller
/// is still recognised when the CRM is slow or down.
///
/// With `PROFILE_TABLE` set (key `lookupKey`, TTL attribute `expiresAt`): a profile cached in
/// the last five minutes is the answer, without a call; otherwise the CRM is asked, within the
/// invocation's time less what a cache read needs, and a customer it finds is cached for a day
/// (DynamoDB deletes the item after `expiresAt`, epoch seconds: "Time to Live", DynamoDB
/// developer guide); when the CRM fails or is too slow, a profile cached within the day
/// answers instead. "Not found" is never cached: a new customer must be found at once.
/// Without `PROFILE_TABLE` the CRM is simply asked.
struct CustomerDirectory {
    let systems: BackOfficeSystems
    let environment: [String: String]
    let now: @Sendable () -> Date

    static let fresh: TimeInterval = 300, kept: TimeInterval = 86_400
    /// Time kept back from the CRM for reading the cache when it fails.
    static let cacheReserve: Duration = .milliseconds(400)

    /// `key` is what the caller gave, with its kind: `phone#+447700900123`, `account#12345678`.
    func find(_ key: String, context: InvocationContext, ask: (Duration) async throws -> CustomerAnswer) async throws -> CustomerAnswer {
        guard let cache = try profileCache() else { return try await ask(context.remainingTime) }
        let cached = await cache.read(key, deadline: now().addingTimeInterval(min(context.remainingTime.timeInterval / 4, 0.5)), logger: context.logger)
        if let cached, cached.age < Self.fresh {
            context.logger.info("customer from the cache", ["age": String(Int(cached.age))])
            return cached.answer
        }
        do {
            let answer = try await ask(context.remainingTime - Self.cacheReserve)
            if answer.found { await cache.write(key, answer, at: now(), deadline: context.deadline, logger: context.logger) }
            return answer
        } catch {
            guard let cached, cached.age < Self.kept else { throw error }
            context.logger.warning("the CRM failed; answering from the cache", ["age": String(Int(cached.age)), "error": String(describing: error)])
            return cached.answer
        }
    }

    private func profileCache() throws -> ProfileCache? {
        guard let table = environment["PROFILE_TABLE"], !table.isEmpty else { return nil }
        return ProfileCache(dynamo: try DynamoDB.fromEnvironment(environment, retry: RetryPolicy(maxAttempts: 2)), table: table, now: now)
    }
}

/// The profiles table: one item per lookup key.
struct ProfileCache {
    let dynamo: DynamoDB
    let table: String
    let now: @Sendable () -> Date

    /// The cached answer and its age; nil when there is none or the table cannot be read (the
    /// cache never fails a call).
    func read(_ key: String, deadline: Date, logger: LambdaLogger) async -> (answer: CustomerAnswer, age: TimeInterval)? {
        do {
            guard let item = try await dynamo.getItem(table: table, key: ["lookupKey": .string(key)], deadline: deadline),
                  case .string(let customerId)? = item["customerId"], case .number(let cachedAt)? = item["cachedAt"],
                  let seconds = TimeInterval(cachedAt)
            else { return nil }
            func text(_ name: String) -> String? { if case .string(let value)? = item[name] { value } else { nil } }
            let answer = CustomerAnswer(found: true, customerId: customerId, firstName: text("firstName"), tier: text("tier"))
            return (answer, now().timeIntervalSince1970 - seconds)
        } catch {
            logger.warning("the profile cache cannot be read", ["error": String(describing: error)])
            return nil
        }
    }

    func write(_ key: String, _ answer: CustomerAnswer, at time: Date, deadline: Date, logger: LambdaLogger) async {
        var item: [String: AttributeValue] = [
            "lookupKey": .string(key), "customerId": .string(answer.customerId ?? ""),
            "cachedAt": .number(String(Int(time.timeIntervalSince1970))),
            "expiresAt": .number(String(Int(time.timeIntervalSince1970 + CustomerDirectory.kept))),
        ]
        if let name = answer.firstName { item["firstName"] = .string(name) }
        if let tier = answer.tier { item["tier"] = .string(tier) }
        do { try await dynamo.putItem(table: table, item: item, deadline: deadline) } catch {
            logger.warning("the profile cache cannot be written", ["error": String(describing: error)])
        }
    }
}
