import ConnectLambdaModels
import Foundation
import LambdaEvents

/// The function a binary serves, by its name: a Connect flow's Lambda (its contract's
/// parameters and string map) or a service's event handler (the service's JSON).
public enum ServedFunction: Sendable {
    case contactFlow(AnyConnectHandler)
    case events(AnyEventHandler)

    public var name: String {
        switch self {
        case .contactFlow(let handler): handler.name
        case .events(let handler): handler.name
        }
    }
}

extension LambdaRuntime {
    /// A runtime for a service's event handler.
    public init(eventHandler: AnyEventHandler, clock: any RuntimeClock = SystemClock(), logger: LambdaLogger = LambdaLogger(),
                activity: RuntimeActivity = RuntimeActivity()) {
        self.init(function: .events(eventHandler), clock: clock, logger: logger, activity: activity)
    }

    /// An event handler's answer: the event it cannot read is `InvalidEventDataException`, an
    /// answer over Lambda's 6 MB `Function.ResponseSizeTooLarge`, anything else the handler's error.
    func answer(_ invocation: Invocation, _ handler: AnyEventHandler, logger: LambdaLogger) async -> Result<Data, LambdaError> {
        let deadline = effectiveDeadline(invocation)
        let context = EventContext(requestId: invocation.requestId, deadline: deadline, logger: logger, now: { [clock] in clock.now })
        let outcome = await Deadline(clock: clock).run(until: deadline) { [body = invocation.body] in
            try await handler.handle(body, context: context)
        }
        switch outcome {
        case .success(let body):
            guard body.count <= LambdaError.maximumResponseBytes else {
                logger.error("the response is over Lambda's limit", ["bytes": String(body.count)])
                return .failure(LambdaError(type: "Function.ResponseSizeTooLarge",
                                            message: "the response is \(body.count) bytes; Lambda accepts at most \(LambdaError.maximumResponseBytes)"))
            }
            return .success(body)
        case .failure(let error as InvalidEvent):
            logger.error("the event cannot be read", ["error": error.description])
            return .failure(LambdaError(type: "InvalidEventDataException", message: error.description))
        case .failure(let error):
            let reported = LambdaError(error)
            logger.error("the handler failed", ["errorType": reported.type, "errorMessage": reported.message])
            return .failure(reported)
        }
    }
}
