import ConnectLambdaModels
import Foundation

/// The Lambda runtime loop for Connect handlers: takes the next event, runs the handler the
/// function is configured for within the invocation's deadline, answers, and goes on.
///
/// A handler's error, an event that is not a Connect event, a parameter that breaks the
/// contract, a deadline passed, a response over Lambda's 6 MB: each is reported through the
/// Runtime API's `/error` as `{errorMessage, errorType}`, and the loop takes the next event.
public struct LambdaRuntime: Sendable {
    public let handler: AnyConnectHandler
    let clock: any RuntimeClock
    let logger: LambdaLogger
    /// Told when an invocation starts and ends, so that a shutdown waits for the one under way.
    let activity: RuntimeActivity

    public init(handler: AnyConnectHandler, clock: any RuntimeClock = SystemClock(), logger: LambdaLogger = LambdaLogger(),
                activity: RuntimeActivity = RuntimeActivity()) {
        self.handler = handler
        self.clock = clock
        self.logger = logger
        self.activity = activity
    }

    /// Serves invocations until `limit` have been served (nil: until the process ends or a
    /// shutdown is requested).
    public func serve(_ api: inout some RuntimeAPI, limit: Int? = nil) async throws {
        var served = 0
        while limit.map({ served < $0 }) ?? true, !activity.isStopping {
            let invocation = try await api.next()
            activity.begin()
            defer { activity.end() }
            switch await answer(invocation) {
            case .success(let body): try await api.respond(to: invocation.requestId, with: body)
            case .failure(let error): try await api.fail(invocation.requestId, with: error)
            }
            served += 1
        }
    }

    /// The response body for one invocation, or the error to report instead.
    public func answer(_ invocation: Invocation) async -> Result<Data, LambdaError> {
        let logger = self.logger.forRequest(invocation.requestId)
        if let traceId = invocation.traceId { setenv("_X_AMZN_TRACE_ID", traceId, 1) }
        let event: ContactFlowEvent
        do {
            event = try JSONDecoder().decode(ContactFlowEvent.self, from: invocation.body)
        } catch {
            logger.error("the event is not a Connect contact-flow event", ["error": String(describing: error)])
            return .failure(LambdaError(type: "InvalidEventDataException",
                                        message: "the event is not an Amazon Connect contact-flow event: \(Self.describe(error))"))
        }
        let context = InvocationContext(requestId: invocation.requestId, deadline: invocation.deadline,
                                        contact: event.details.contactData, invokedFunctionARN: invocation.invokedFunctionARN,
                                        traceId: invocation.traceId, logger: logger, now: { [clock] in clock.now })
        let outcome = await Deadline(clock: clock).run(until: invocation.deadline) { [handler] in
            try await handler.handle(event, context: context)
        }
        switch outcome {
        case .success(let response):
            let body = response.encoded()
            guard body.count <= LambdaError.maximumResponseBytes else {
                logger.error("the response is over Lambda's limit", ["bytes": String(body.count)])
                return .failure(LambdaError(type: "Function.ResponseSizeTooLarge",
                                            message: "the response is \(body.count) bytes; Lambda accepts at most \(LambdaError.maximumResponseBytes)"))
            }
            return .success(body)
        case .failure(let error):
            let reported = LambdaError(error)
            logger.error("the handler failed", ["errorType": reported.type, "errorMessage": reported.message])
            return .failure(reported)
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "no '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default:
            return String(describing: decoding)
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? "the top level" : path
    }
}
