import AWSClients
import ConnectLambdaModels
import Foundation
import Synchronization

/// A clock that never waits: a sleep moves it forward at once and is recorded, so tests of
/// backoff and waiting take no time and a wait that would never end times out instead.
public final class StepClock: AWSClock {
    private let state: Mutex<(now: Date, sleeps: [Duration])>

    public init(start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { state = Mutex((start, [])) }

    public var now: Date { state.withLock { $0.now } }
    /// Every sleep, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    public func sleep(for duration: Duration) async throws {
        state.withLock { state in
            state.sleeps.append(duration)
            state.now.addTimeInterval(duration.timeInterval)
        }
    }
}
