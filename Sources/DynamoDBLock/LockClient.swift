import AWSClients
import ConnectLambdaModels
import Foundation

/// A lease-based lock over a DynamoDB table, as the AWS DynamoDB Lock Client does it: the
/// holder's item carries a record version that every write changes; a contender that reads
/// the same version for a whole lease, on its own clock, takes the key over with a write
/// conditional on that version, so a holder that heartbeats in time is never taken over, and
/// no two clocks need agree. Every acquisition raises the key's fencing token (`Lease`).
///
/// The table has a string partition key `lockKey`; nothing else is needed. Every write is
/// conditional, so contenders that race see one winner and the rest read again. Releasing
/// marks the item released instead of deleting it, so the fencing token never starts over.
///
/// Sources: "Distributed locking with the DynamoDB Lock Client"
/// (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/BestPractices_DistributedLocking.html)
/// and the awslabs/amazon-dynamodb-lock-client README (record version numbers, a local timer
/// of a whole lease before a takeover, acquisition polling for at least a lease).
public struct LockClient: Sendable {
    public let dynamoDB: DynamoDB
    public let table: String
    /// Who this client holds locks as (logged by contenders that wait).
    public let owner: String
    public let leaseDuration: Duration
    /// How often a waiting contender reads the item again.
    public let pollInterval: Duration
    let clock: any AWSClock
    let makeVersion: @Sendable () -> String
    /// How long one call to DynamoDB may take, in seconds by the DynamoDB client's clock.
    let callTimeout: TimeInterval

    public init(dynamoDB: DynamoDB, table: String, owner: String = "\(ProcessInfo.processInfo.hostName)-\(UUID().uuidString)",
                leaseDuration: Duration = .seconds(20), pollInterval: Duration = .seconds(1), clock: any AWSClock = SystemAWSClock(),
                callTimeout: TimeInterval = 5, makeVersion: @escaping @Sendable () -> String = { UUID().uuidString }) {
        precondition(leaseDuration > .zero && pollInterval > .zero, "a lease and a poll interval take time")
        self.dynamoDB = dynamoDB
        self.table = table
        self.owner = owner
        self.leaseDuration = leaseDuration
        self.pollInterval = pollInterval
        self.clock = clock
        self.callTimeout = callTimeout
        self.makeVersion = makeVersion
    }

    /// Takes `key`, waiting up to `timeout` while another owner holds it and heartbeats.
    public func acquire(_ key: String, timeout: Duration) async throws(LockError) -> Lease {
        let giveUp = clock.now.addingTimeInterval(timeout.timeInterval)
        var watched: (version: String, since: Date)?
        while true {
            let current = try await read(key)
            let now = clock.now
            switch current {
            case nil:
                if let lease = try await write(key, token: 1, condition: .absent) { return lease }
            case let item? where item.released:
                if let lease = try await write(key, token: item.fencingToken + 1, condition: .version(item.recordVersion)) { return lease }
            case let item?:
                if let seen = watched, seen.version == item.recordVersion {
                    let expired = now.timeIntervalSince(seen.since) * 1000 >= Double(item.leaseDurationMilliseconds)
                    if expired, let lease = try await write(key, token: item.fencingToken + 1, condition: .version(item.recordVersion)) {
                        return lease
                    }
                } else {
                    watched = (item.recordVersion, now)
                }
            }
            let left = giveUp.timeIntervalSince(clock.now)
            guard left > 0 else { throw .timedOut(key: key, holder: current.flatMap { $0.released ? nil : $0.owner }) }
            do { try await clock.sleep(for: min(pollInterval, .milliseconds(Int64((left * 1000).rounded(.up))))) } catch {
                throw .timedOut(key: key, holder: nil)
            }
        }
    }

    /// Renews the lease: a new record version, so contenders start their count again.
    public func heartbeat(_ lease: Lease) async throws(LockError) -> Lease {
        let version = makeVersion()
        let sent = clock.now
        try await update(lease, set: "#version = :next", values: [":next": .string(version)])
        return Lease(key: lease.key, owner: owner, recordVersion: version, fencingToken: lease.fencingToken,
                     leaseDuration: lease.leaseDuration, validUntil: sent.addingTimeInterval(lease.leaseDuration.timeInterval))
    }

    /// Gives the key up; the item stays, with its fencing token, for the next owner.
    public func release(_ lease: Lease) async throws(LockError) {
        try await update(lease, set: "released = :yes, #version = :next", values: [":yes": .bool(true), ":next": .string(makeVersion())])
    }

    // MARK: - The item

    enum Condition { case absent, version(String) }

    private func read(_ key: String) async throws(LockError) -> LockItem? {
        let attributes: [String: AttributeValue]?
        do {
            attributes = try await dynamoDB.getItem(table: table, key: [LockItem.keyAttribute: .string(key)], deadline: callDeadline)
        } catch {
            throw .storage(error)
        }
        guard let attributes else { return nil }
        guard let item = LockItem(attributes) else {
            throw .storage(.service(code: "InvalidLockItem", message: "the item of lock '\(key)' in \(table) is not a lock's", status: 200))
        }
        return item
    }

    /// The lease when the conditional write wins; nil when another contender got there first.
    private func write(_ key: String, token: UInt64, condition: Condition) async throws(LockError) -> Lease? {
        let version = makeVersion()
        let item = LockItem(key: key, owner: owner, recordVersion: version, fencingToken: token,
                            leaseDurationMilliseconds: leaseDuration.milliseconds, released: false)
        let sent = clock.now
        do {
            switch condition {
            case .absent:
                try await dynamoDB.putItem(table: table, item: item.attributes, condition: "attribute_not_exists(#key)",
                                           names: ["#key": LockItem.keyAttribute], deadline: callDeadline)
            case .version(let seen):
                try await dynamoDB.putItem(table: table, item: item.attributes, condition: "#version = :seen",
                                           names: ["#version": "recordVersion"], values: [":seen": .string(seen)], deadline: callDeadline)
            }
        } catch {
            guard error.code == "ConditionalCheckFailedException" else { throw .storage(error) }
            // Lost the race — or won it with an attempt whose answer was lost (a timeout, a
            // dropped connection) and retried into its own item: the version says which.
            guard try await read(key)?.recordVersion == version else { return nil }
        }
        return Lease(key: key, owner: owner, recordVersion: version, fencingToken: token, leaseDuration: leaseDuration,
                     validUntil: sent.addingTimeInterval(leaseDuration.timeInterval))
    }

    private func update(_ lease: Lease, set: String, values: [String: AttributeValue]) async throws(LockError) {
        do {
            try await dynamoDB.updateItem(table: table, key: [LockItem.keyAttribute: .string(lease.key)], update: "SET \(set)",
                                          condition: "#version = :current AND #owner = :me AND released = :no",
                                          names: ["#version": "recordVersion", "#owner": "owner"],
                                          values: values.merging([":current": .string(lease.recordVersion), ":me": .string(owner),
                                                                  ":no": .bool(false)]) { new, _ in new },
                                          deadline: callDeadline)
        } catch {
            guard error.code == "ConditionalCheckFailedException" else { throw .storage(error) }
            // Lost — unless an earlier attempt of this very write was applied and its answer lost.
            guard case .string(let next)? = values[":next"], try await read(lease.key)?.recordVersion == next else {
                throw .lost(key: lease.key)
            }
        }
    }

    private var callDeadline: Date { dynamoDB.clock.now.addingTimeInterval(callTimeout) }
}
