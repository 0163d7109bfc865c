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
        try await Task.sleep(for: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    }
}
