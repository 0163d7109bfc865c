/// Why an AWS call failed, and whether trying again can help.
public enum AWSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The environment does not say how to reach the service.
    case configuration(String)
    /// The service answered with an error: its code (`ConditionalCheckFailedException`), its
    /// message, the HTTP status.
    case service(code: String, message: String, status: Int)
    /// The service could not be reached.
    case unreachable(String)
    /// The time for the call ran out.
    case timedOut(String)

    public var description: String {
        switch self {
        case .configuration(let why): why
        case .service(let code, let message, let status): "\(code) (\(status)): \(message)"
        case .unreachable(let why): "unreachable: \(why)"
        case .timedOut(let what): "timed out: \(what)"
        }
    }

    /// The service's error code, when it answered with one.
    public var code: String? {
        if case .service(let code, _, _) = self { return code }
        return nil
    }

    /// Whether the same request may succeed later: throttling and the service's own failures, a
    /// connection that failed; never a validation error or a failed condition. Classified by
    /// the error code, not the status: DynamoDB and CloudWatch throttle with 400, Connect with
    /// 429. The codes are those the AWS SDKs retry ("Retry behavior", AWS SDKs and Tools
    /// reference guide: transient and throttling errors).
    public var isRetryable: Bool {
        switch self {
        case .configuration: false
        case .unreachable, .timedOut: true
        case .service(let code, _, let status): Self.retryableCodes.contains(code) || (status >= 500 && !Self.finalCodes.contains(code))
        }
    }

    static let retryableCodes: Set = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException", "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure",
        "InternalServerError", "InternalServerException", "ServiceUnavailable", "ServiceUnavailableException",
    ]

    /// Codes that stay final even when a service sends them with a 5xx status.
    static let finalCodes: Set = ["ConditionalCheckFailedException", "ValidationException"]
}
