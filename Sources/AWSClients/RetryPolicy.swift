import Foundation

/// Retries with exponential backoff and full jitter (each wait random between zero and
/// `base × 2^attempt`, capped): what AWS recommends so that clients throttled together do not
/// retry together ("Exponential backoff and jitter", AWS Architecture Blog).
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration

    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(50), maxDelay: Duration = .seconds(1)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The wait before retry number `retry` (1 for the first retry).
    func delay(beforeRetry retry: Int, random: any RandomSource) -> Duration {
        let ceiling = min(baseDelay * (1 << min(retry - 1, 20)), maxDelay)
        let microseconds = UInt64(max(ceiling.components.seconds * 1_000_000 + ceiling.components.attoseconds / 1_000_000_000_000, 0))
        return .microseconds(Int64(random.next(upTo: microseconds + 1)))
    }
}

/// Where jitter comes from: the system's random numbers, or a seeded sequence in tests.
public protocol RandomSource: Sendable {
    /// A number in `0..<bound`.
    func next(upTo bound: UInt64) -> UInt64
}

public struct SystemRandomSource: RandomSource {
    public init() {}
    public func next(upTo bound: UInt64) -> UInt64 { bound == 0 ? 0 : UInt64.random(in: 0..<bound) }
}

/// The time as AWS calls see it: now (to sign, and to keep within a deadline) and waiting
/// (between retries). Injectable, so tests of backoff never wait.
public protocol AWSClock: Sendable {
    var now: Date { get }
    func sleep(for duration: Duration) async throws
}

public struct SystemAWSClock: AWSClock {
    public init() {}
    public var now: Date { Date() }
    public func sleep(for duration: Duration) async throws { try await Task.sleep(for: duration) }
}
