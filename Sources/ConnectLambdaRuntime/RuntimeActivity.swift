import Foundation

/// Whether an invocation is under way, and whether the runtime has been asked to stop: a stop
/// (SIGTERM, SIGINT) while waiting for the next event ends the process at once; one during an
/// invocation lets it finish and answer first.
public final class RuntimeActivity: Sendable {
    private struct State {
        var busy = false
        var stopping = false
        var served = 0
    }

    private let state = Locked(State())
    private let exitNow: @Sendable () -> Void

    /// - Parameter exitNow: ends the process; injectable for tests.
    public init(exitNow: @escaping @Sendable () -> Void = { exit(0) }) {
        self.exitNow = exitNow
    }

    public var isStopping: Bool { state.withLock { $0.stopping } }

    func begin() { state.withLock { $0.busy = true } }

    func end() { state.withLock { $0.busy = false } }

    /// Counts an invocation answered.
    func served() { state.withLock { $0.served += 1 } }

    /// How many invocations have been answered.
    public var servedCount: Int { state.withLock { $0.served } }

    /// Asks the runtime to stop: now when idle, after the current invocation otherwise.
    public func requestStop() {
        let idle = state.withLock { state in
            state.stopping = true
            return !state.busy
        }
        if idle { exitNow() }
    }
}

/// A value behind a lock (the standard library's `Mutex` needs macOS 15; this package
/// supports macOS 13).
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
