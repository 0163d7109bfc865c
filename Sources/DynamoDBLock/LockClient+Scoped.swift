import AWSClients
import Foundation
import Synchronization

extension LockClient {
    /// Runs `body` holding `key`, and releases it after, whatever `body` does. While `body` runs
    /// the lease is renewed every third of its duration; when a renewal finds the lock lost,
    /// `body` is cancelled and this throws `LockError.lost`. `body` gets the lease's fencing
    /// token to stamp the writes it makes under the lock.
    public func withLock<Result: Sendable>(_ key: String, timeout: Duration,
                                           _ body: @escaping @Sendable (Lease) async throws -> Result) async throws -> Result {
        let lease = try await acquire(key, timeout: timeout)
        let current = CurrentLease(lease)
        do {
            let result = try await withThrowingTaskGroup(of: Result?.self) { group in
                group.addTask { try await body(lease) }
                group.addTask { [self] in
                    while true {
                        try await clock.sleep(for: leaseDuration / 3)
                        current.lease = try await heartbeat(current.lease)
                    }
                }
                defer { group.cancelAll() }
                // The renewals never end on their own: the first child to finish is the body,
                // unless a renewal failed first.
                guard let first = try await group.next(), let value = first else { throw LockError.lost(key: key) }
                return value
            }
            try? await release(current.lease)
            return result
        } catch let error as LockError where error == .lost(key: key) {
            throw error
        } catch {
            try? await release(current.lease)
            throw error
        }
    }
}

/// The lease as the latest renewal left it, shared by the renewals and the release.
private final class CurrentLease: Sendable {
    private let state: Mutex<Lease>
    init(_ lease: Lease) { state = Mutex(lease) }
    var lease: Lease {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}
