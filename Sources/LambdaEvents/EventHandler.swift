import ConnectLambdaModels
import Foundation

/// A handler of the events an AWS service sends a function (a Firehose batch, SQS messages,
/// DynamoDB stream records), as opposed to a Connect flow's call: its event and its answer are
/// the service's JSON.
public protocol EventHandler: Sendable {
    associatedtype Event: Decodable & Sendable
    associatedtype Response: Encodable & Sendable
    /// The function's name, as `_HANDLER` selects it.
    static var name: String { get }
    func handle(_ event: Event, context: EventContext) async throws -> Response
}

/// What an event handler knows about its invocation.
public struct EventContext: Sendable {
    /// Lambda's request id (`Lambda-Runtime-Aws-Request-Id`).
    public var requestId: String
    /// When Lambda ends the invocation, less the runtime's margin to report.
    public var deadline: Date
    /// Structured logs tagged with the request id.
    public var logger: LambdaLogger
    private let now: @Sendable () -> Date

    public init(requestId: String, deadline: Date, logger: LambdaLogger? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.requestId = requestId
        self.deadline = deadline
        self.logger = logger ?? LambdaLogger(requestId: requestId, now: now)
        self.now = now
    }

    /// Time left before the deadline (zero once it has passed).
    public var remainingTime: Duration {
        let seconds = min(max(deadline.timeIntervalSince(now()), 0), 31_536_000)
        return .milliseconds(Int64((seconds * 1000).rounded(.down)))
    }
}

/// An event the handler cannot read: not JSON, or not the service's shape.
public struct InvalidEvent: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

/// One event handler with its types erased, so one binary serves several functions: decodes
/// the event, runs the handler, encodes the answer.
public struct AnyEventHandler: Sendable {
    public let name: String
    private let body: @Sendable (Data, EventContext) async throws -> Data

    public init<Handler: EventHandler>(_ handler: Handler) {
        name = Handler.name
        body = { data, context in
            let event: Handler.Event
            do { event = try JSONDecoder().decode(Handler.Event.self, from: data) } catch {
                throw InvalidEvent(description: "the event is not what \(Handler.name) takes: \(error)")
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(try await handler.handle(event, context: context))
        }
    }

    /// The answer's JSON; throws `InvalidEvent` or what the handler throws.
    public func handle(_ event: Data, context: EventContext) async throws -> Data { try await body(event, context) }
}
