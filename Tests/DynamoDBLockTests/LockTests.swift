import AWSClients
import DynamoDBLock
import Foundation
import LambdaTestSupport
import Testing

/// The lock against moto's DynamoDB, on virtual time (`SteppedClock`): contenders never hold a
/// key together, no update to a shared counter is lost, a crashed holder's key is taken over
/// only after a whole lease, a heartbeating holder never is, and a stale holder's write is
/// refused by its fencing token.
@Suite("DynamoDB lock on moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized)
struct LockTests {
    static let lease = Duration.seconds(10)

    /// A fresh moto with the lock table and the counter's table.
    static func tables() async throws -> (MotoServer, DynamoDB) {
        let moto = try await MotoServer.start()
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        for (table, key) in [("locks", "lockKey"), ("counters", "name")] {
            try await dynamo.createTable(table, key: key)
        }
        return (moto, dynamo)
    }

    static func client(_ dynamo: DynamoDB, _ owner: String, _ clock: SteppedClock) -> LockClient {
        // Calls may take as long as a loaded machine's moto needs: virtual time, not the call's, is under test.
        LockClient(dynamoDB: dynamo, table: "locks", owner: owner, leaseDuration: lease, pollInterval: .seconds(1), clock: clock,
                   callTimeout: 60)
    }

    @Test("six contenders, five slow increments each: one holder at a time, every increment kept, tokens 1 to 30")
    func contenders() async throws {
        let (moto, dynamo) = try await Self.tables()
        defer { moto.stop() }
        let clock = SteppedClock()
        let holders = Holders()
        let contenders = 6, increments = 5
        clock.join(contenders)
        let steps = await withTaskGroup(of: Void.self) { group in
            for index in 0..<contenders {
                group.addTask {
                    defer { clock.leave() }
                    let lock = Self.client(dynamo, "owner-\(index)", clock)
                    for _ in 0..<increments {
                        do {
                            let lease = try await lock.acquire("counter", timeout: .seconds(3600))
                            await holders.enter(lease.fencingToken)
                            // Read, work for two seconds while the others poll, write: an
                            // increment is lost if anyone else holds the key meanwhile.
                            try await Counter(dynamo: dynamo).increment(token: lease.fencingToken) {
                                try await clock.sleep(for: .seconds(2))
                            }
                            await holders.leave()
                            try await lock.release(lease)
                        } catch {
                            await holders.fail("\(error)")
                        }
                    }
                }
            }
            let steps = await clock.drive()
            await group.waitForAll()
            return steps
        }
        #expect(await holders.failures == [])
        #expect(await holders.mostAtOnce == 1)
        #expect(await holders.tokens.sorted() == Array(1...UInt64(contenders * increments)))
        #expect(try await Counter(dynamo: dynamo).value == contenders * increments)
        #expect(steps < 10_000, "virtual time moved \(steps) times")
    }

    @Test("a crashed holder's key is taken over after a whole lease, and its late write is refused by its token")
    func takeover() async throws {
        let (moto, dynamo) = try await Self.tables()
        defer { moto.stop() }
        let clock = SteppedClock()
        let crashed = try await Self.client(dynamo, "crashed", clock).acquire("counter", timeout: .seconds(1))
        try await Counter(dynamo: dynamo).increment(token: crashed.fencingToken)
        let start = clock.now
        clock.join()
        async let taken = { () async throws -> Lease in
            defer { clock.leave() }
            return try await Self.client(dynamo, "successor", clock).acquire("counter", timeout: .seconds(60))
        }()
        await clock.drive()
        let successor = try await taken
        #expect(successor.fencingToken == crashed.fencingToken + 1)
        #expect(clock.now.timeIntervalSince(start) >= 10, "taken over after \(clock.now.timeIntervalSince(start)) s")
        #expect(clock.now.timeIntervalSince(start) <= 12)
        try await Counter(dynamo: dynamo).increment(token: successor.fencingToken)
        await #expect(throws: AWSError.self) { try await Counter(dynamo: dynamo).increment(token: crashed.fencingToken) }
        await #expect(throws: LockError.lost(key: "counter")) { try await Self.client(dynamo, "crashed", clock).release(crashed) }
        #expect(try await Counter(dynamo: dynamo).value == 2)
    }

    @Test("a holder that heartbeats keeps the key for three leases; the contender gets it once released")
    func heartbeats() async throws {
        let (moto, dynamo) = try await Self.tables()
        defer { moto.stop() }
        let clock = SteppedClock()
        let holder = Self.client(dynamo, "holder", clock)
        let start = clock.now
        clock.join(3)    // the holder's body, its heartbeats, the contender
        async let held = { () async throws -> UInt64 in
            defer { clock.leave(2) }
            return try await holder.withLock("counter", timeout: .seconds(1)) { lease in
                try await clock.sleep(for: .seconds(30))
                return lease.fencingToken
            }
        }()
        async let contended = { () async throws -> (Lease, Date) in
            defer { clock.leave() }
            try await clock.sleep(for: .seconds(1))
            let lease = try await Self.client(dynamo, "contender", clock).acquire("counter", timeout: .seconds(120))
            return (lease, clock.now)
        }()
        await clock.drive()
        let first = try await held
        let (second, acquiredAt) = try await contended
        #expect(second.fencingToken == first + 1)
        #expect(acquiredAt.timeIntervalSince(start) >= 30, "acquired after \(acquiredAt.timeIntervalSince(start)) s")
    }

    @Test("waiting runs out: timed out, naming the holder")
    func timesOut() async throws {
        let (moto, dynamo) = try await Self.tables()
        defer { moto.stop() }
        let clock = SteppedClock()
        _ = try await Self.client(dynamo, "holder", clock).heartbeat(
            try await Self.client(dynamo, "holder", clock).acquire("k", timeout: .seconds(1)))
        clock.join()
        let waited = Task { () async -> LockError? in
            defer { clock.leave() }
            do { _ = try await Self.client(dynamo, "waiter", clock).acquire("k", timeout: .seconds(5)) } catch { return error as? LockError }
            return nil
        }
        await clock.drive()
        #expect(await waited.value == LockError.timedOut(key: "k", holder: "holder"))
    }
}
