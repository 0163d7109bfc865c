import ConnectLambdaModels
import Foundation
import LambdaEvents

/// The Lambda runtime loop: takes the next event, runs the handler the function is configured
/// for (a Connect flow's, or a service's event handler) within the invocation's deadline,
/// answers, and goes on.
///
/// A handler's error, an event of the wrong kind, a parameter that breaks the contract, a
/// deadline passed, a response over Lambda's 6 MB: each is reported through the Runtime API's
/// `/error` as `{errorMessage, errorType}`, and the loop takes the next event.
public struct LambdaRuntime: Sendable {
    public let function: ServedFunction
    let clock: any RuntimeClock
    let logger: LambdaLogger
    /// Told when an invocation starts and ends, so that a shutdown waits for the one under way.
    let activity: RuntimeActivity

    public init(function: ServedFunction, clock: any RuntimeClock = SystemClock(), logger: LambdaLogger = LambdaLogger(),
                activity: RuntimeActivity = RuntimeActivity()) {
        self.function = function
        self.clock = clock
        self.logger = logger
        self.activity = activity
    }

    /// Serves invocations until `limit` have been served (nil: until the process ends or a
    /// shutdown is requested). An event the runtime cannot serve is reported on its request id
    /// when it has one, and the loop goes on. When the connection closes with an answer ready,
    /// the error carries it (`pending`) to post once connected again; nothing is answered twice.
    public func serve(_ api: inout some RuntimeAPI, limit: Int? = nil) async throws {
        var served = 0
        while limit.map({ served < $0 }) ?? true, !activity.isStopping {
            let invocation: Invocation
            do {
                invocation = try await api.next()
            } catch let error as RuntimeAPIError {
                guard case .invalidInvocation(let requestId) = error.kind else { throw error }
                logger.error(error.message, ["requestId": requestId ?? "none"])
                if let requestId { try await api.fail(requestId, with: LambdaError(type: "Runtime.InvalidInvocation", message: error.message)) }
                continue
            }
            activity.begin()
            defer { activity.end() }
            let answer = PendingAnswer(requestId: invocation.requestId, result: await answer(invocation))
            do {
                try await post(answer, to: &api)
            } catch var error as RuntimeAPIError where error.kind == .connectionClosed {
                error.pending = answer
                throw error
            }
            activity.served()
            served += 1
        }
    }

    /// Posts an answer: the response, or the error. A response the API refuses as too large
    /// (413) is reported as an error instead, so the invocation still ends.
    public func post(_ answer: PendingAnswer, to api: inout some RuntimeAPI) async throws {
        switch answer.result {
        case .success(let body):
            do {
                try await api.respond(to: answer.requestId, with: body)
            } catch let error as RuntimeAPIError where error.kind == .refused(status: 413) {
                try await api.fail(answer.requestId, with: LambdaError(type: "Function.ResponseSizeTooLarge", message: error.message))
            }
        case .failure(let error):
            try await api.fail(answer.requestId, with: error)
        }
    }

    /// A runtime for a Connect flow's function.
    public init(handler: AnyConnectHandler, clock: any RuntimeClock = SystemClock(), logger: LambdaLogger = LambdaLogger(),
                activity: RuntimeActivity = RuntimeActivity()) {
        self.init(function: .contactFlow(handler), clock: clock, logger: logger, activity: activity)
    }

    /// The response body for one invocation, or the error to report instead.
    public func answer(_ invocation: Invocation) async -> Result<Data, LambdaError> {
        let logger = self.logger.forRequest(invocation.requestId)
        if let traceId = invocation.traceId { setenv("_X_AMZN_TRACE_ID", traceId, 1) } else { unsetenv("_X_AMZN_TRACE_ID") }
        switch function {
        case .contactFlow(let handler): return await answer(invocation, handler, logger: logger)
        case .events(let handler): return await answer(invocation, handler, logger: logger)
        }
    }

    private func answer(_ invocation: Invocation, _ handler: AnyConnectHandler, logger: LambdaLogger) async -> Result<Data, LambdaError> {
        let event: ContactFlowEvent
        do {
            event = try JSONDecoder().decode(ContactFlowEvent.self, from: invocation.body)
        } catch {
            logger.error("the event is not a Connect contact-flow event", ["error": String(describing: error)])
            return .failure(LambdaError(type: "InvalidEventDataException",
                                        message: "the event is not an Amazon Connect contact-flow event: \(Self.describe(error))"))
        }
        let deadline = effectiveDeadline(invocation, connectTimeout: handler.connectTimeout)
        let context = InvocationContext(requestId: invocation.requestId, deadline: deadline,
                                        contact: event.details.contactData, invokedFunctionARN: invocation.invokedFunctionARN,
                                        traceId: invocation.traceId, logger: logger, now: { [clock] in clock.now })
        let outcome = await Deadline(clock: clock).run(until: deadline) { [handler] in
            try await handler.handle(event, context: context)
        }
        switch outcome {
        case .success(let response):
            let body: Data
            do { body = try response.encoded() } catch {
                logger.error("the handler's answer cannot be sent", ["error": error.description])
                return .failure(LambdaError(type: "Function.InvalidResponse", message: error.description))
            }
            if response.type == .stringMap, body.count > ConnectResponse.maximumStringMapBytes {
                logger.error("the response is over Connect's limit for a string map", ["bytes": String(body.count)])
                return .failure(LambdaError(type: "Function.ResponseTooLargeForConnect",
                                            message: "the response is \(body.count) bytes; Connect takes a string map under \(ConnectResponse.maximumStringMapBytes)"))
            }
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

    /// Time kept back from Lambda's deadline to report a handler still running: at the deadline
    /// itself Lambda ends the invocation, and the report would never be made.
    public static let reportingMargin: TimeInterval = 0.1

    /// When the handler's time is up: Lambda's deadline less the reporting margin, or sooner,
    /// when Connect stops waiting (the contract's `connectTimeout` from now).
    func effectiveDeadline(_ invocation: Invocation, connectTimeout: Duration? = nil) -> Date {
        let lambda = invocation.deadline.addingTimeInterval(-Self.reportingMargin)
        guard let timeout = connectTimeout else { return lambda }
        return min(lambda, clock.now.addingTimeInterval(timeout.timeInterval))
    }

    static func describe(_ error: any Error) -> String {
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
