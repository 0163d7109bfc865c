import AWSClients
import ConnectLambdaModels
import Foundation
import Synchronization

/// Virtual time for tests of leases: it moves only when every task taking part is asleep on
/// it, straight to the earliest wake-up. A task busy with a DynamoDB call holds time still, so
/// what the tests prove never depends on the machine's speed: a lease expires after the same
/// sleeps and polls on a fast machine and on a loaded one.
final class SteppedClock: AWSClock {
    private struct Sleeper {
        var id: Int
        var wake: Date
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
        var sleepers: [Sleeper] = []
        var participants = 0
        var nextId = 0
        var driver: CheckedContinuation<Void, Never>?
        var allAsleep: Bool { sleepers.count >= participants }
    }

    private let state = Mutex(State())

    var now: Date { state.withLock { $0.now } }

    /// Counts `count` more tasks that take part: time waits for each to sleep or leave.
    func join(_ count: Int = 1) { state.withLock { $0.participants += count } }

    func leave(_ count: Int = 1) {
        state.withLock { state in
            state.participants -= count
            Self.notifyDriver(&state)
        }
    }

    func sleep(for duration: Duration) async throws {
        let id = state.withLock { state in
            state.nextId += 1
            return state.nextId
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                state.withLock { state in
                    if Task.isCancelled { return continuation.resume(throwing: CancellationError()) }
                    state.sleepers.append(Sleeper(id: id, wake: state.now.addingTimeInterval(duration.timeInterval), continuation: continuation))
                    Self.notifyDriver(&state)
                }
            }
        } onCancel: {
            state.withLock { state in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return }
                state.sleepers.remove(at: index).continuation.resume(throwing: CancellationError())
            }
        }
    }

    /// Moves time while anyone takes part: each step waits until every participant sleeps, then
    /// jumps to the earliest wake-up and wakes every sleeper due. Returns when nobody is left.
    /// `steps` counts the jumps, a bound on the work a test may take.
    @discardableResult
    func drive(maximumSteps: Int = 100_000) async -> Int {
        var steps = 0
        while steps < maximumSteps {
            await withCheckedContinuation { continuation in
                state.withLock { state in
                    if state.allAsleep { continuation.resume() } else { state.driver = continuation }
                }
            }
            let finished = state.withLock { state -> Bool in
                guard state.participants > 0, let wake = state.sleepers.map(\.wake).min() else { return state.participants <= 0 }
                state.now = max(state.now, wake)
                let due = state.sleepers.filter { $0.wake <= state.now }
                state.sleepers.removeAll { $0.wake <= state.now }
                due.forEach { $0.continuation.resume() }
                return false
            }
            if finished { return steps }
            steps += 1
        }
        return steps
    }

    private static func notifyDriver(_ state: inout State) {
        guard state.allAsleep, let driver = state.driver else { return }
        state.driver = nil
        driver.resume()
    }
}
