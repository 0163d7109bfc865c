import Foundation

/// The time as the runtime sees it: Lambda gives each invocation's deadline as wall-clock
/// milliseconds (`Lambda-Runtime-Deadline-Ms`), so the clock is a wall clock. Injectable, so
/// that tests of deadlines advance time instead of waiting for it.
public protocol RuntimeClock: Sendable {
    var now: Date { get }
    /// Returns at `deadline`, or throws `CancellationError` when the task is cancelled first.
    func sleep(until deadline: Date) async throws
}

/// The system's clock.
public struct SystemClock: RuntimeClock {
    public init() {}

    public var now: Date { Date() }

    public func sleep(until deadline: Date) async throws {
        let seconds = deadline.timeIntervalSinceNow
        guard seconds > 0 else { return try Task.checkCancellation() }
        // A deadline a year away is as good as any later one, and stays within Int64 milliseconds.
        try await Task.sleep(for: .milliseconds(Int64((min(seconds, 31_536_000) * 1000).rounded(.up))))
    }
}
