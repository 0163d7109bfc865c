import Foundation

/// What a handler knows about the invocation it serves, besides its typed input.
public struct InvocationContext: Sendable {
    /// Lambda's request id (`Lambda-Runtime-Aws-Request-Id`).
    public var requestId: String
    /// The function's ARN as invoked (`Lambda-Runtime-Invoked-Function-Arn`).
    public var invokedFunctionARN: String?
    /// The X-Ray trace header (`Lambda-Runtime-Trace-Id`).
    public var traceId: String?
    /// When Lambda ends the invocation (`Lambda-Runtime-Deadline-Ms`).
    public var deadline: Date
    /// The contact the flow invoked the function for.
    public var contact: ContactData
    /// Structured logs tagged with the request id.
    public var logger: LambdaLogger
    private let now: @Sendable () -> Date

    public init(requestId: String, deadline: Date, contact: ContactData, invokedFunctionARN: String? = nil,
                traceId: String? = nil, logger: LambdaLogger? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.requestId = requestId
        self.deadline = deadline
        self.contact = contact
        self.invokedFunctionARN = invokedFunctionARN
        self.traceId = traceId
        self.logger = logger ?? LambdaLogger(requestId: requestId, now: now)
        self.now = now
    }

    /// Time left before the deadline (zero once it has passed): what a call to another system
    /// may spend.
    public var remainingTime: Duration {
        let seconds = min(max(deadline.timeIntervalSince(now()), 0), 31_536_000)
        return .milliseconds(Int64((seconds * 1000).rounded(.down)))
    }
}
