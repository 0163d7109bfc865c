/// Work bounded by a time limit: what a call to another system must not outlive, headers and
/// body alike (an HTTP client's own timeout may end once the headers have arrived).
public enum TimeLimit {
    /// The work did not finish in time; it was cancelled.
    public struct Exceeded: Error, Sendable {}

    /// `work`'s result, or `Exceeded` once `limit` has passed, the work then cancelled. The work
    /// must honour cancellation (network calls do) for the limit to hold.
    public static func run<Value: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw Exceeded() }
            return value
        }
    }
}
