import Foundation

/// Runs work against a deadline on an injectable clock: the work's result if it comes first,
/// else `DeadlineExceeded` at the deadline — without waiting for work that ignores
/// cancellation, so a stuck handler cannot stall the runtime loop.
struct Deadline: Sendable {
    let clock: any RuntimeClock

    func run<Value: Sendable>(until deadline: Date, _ work: @escaping @Sendable () async throws -> Value) async -> Result<Value, any Error> {
        let outcome = Outcome<Value>()
        return await withCheckedContinuation { continuation in
            outcome.install(continuation)
            let worker = Task {
                let result: Result<Value, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                outcome.finish(result)
            }
            let timer = Task { [clock] in
                do { try await clock.sleep(until: deadline) } catch { return }
                if outcome.finish(.failure(DeadlineExceeded(deadline: deadline))) { worker.cancel() }
            }
            outcome.onFinish { timer.cancel() }
        }
    }

    /// The first result to arrive, delivered once.
    private final class Outcome<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Result<Value, any Error>, Never>?
        private var result: Result<Value, any Error>?
        private var finished: (@Sendable () -> Void)?

        func install(_ continuation: CheckedContinuation<Result<Value, any Error>, Never>) {
            lock.withLock { self.continuation = continuation }
        }

        /// Runs `action` once a result has arrived (now, if one has).
        func onFinish(_ action: @escaping @Sendable () -> Void) {
            let already = lock.withLock {
                if result != nil { return true }
                finished = action
                return false
            }
            if already { action() }
        }

        /// Delivers `result` unless one was delivered before; returns whether it was.
        @discardableResult
        func finish(_ result: Result<Value, any Error>) -> Bool {
            let (continuation, action): (CheckedContinuation<Result<Value, any Error>, Never>?, (@Sendable () -> Void)?) = lock.withLock {
                guard self.result == nil else { return (nil, nil) }
                self.result = result
                defer { self.continuation = nil; finished = nil }
                return (self.continuation, finished)
            }
            guard let continuation else { return false }
            continuation.resume(returning: result)
            action?()
            return true
        }
    }
}

/// The handler did not answer before the invocation's deadline.
public struct DeadlineExceeded: Error, CustomStringConvertible, Sendable {
    public var deadline: Date

    public var description: String {
        "the handler did not answer before the invocation's deadline (\(deadline.formatted(.iso8601)))"
    }
}
