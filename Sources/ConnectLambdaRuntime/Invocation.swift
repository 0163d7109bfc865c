import Foundation

/// One event Lambda hands the runtime, with the headers of `GET /runtime/invocation/next`
/// (AWS Lambda Developer Guide, "Using the Lambda runtime API for custom runtimes").
public struct Invocation: Sendable, Equatable {
    /// `Lambda-Runtime-Aws-Request-Id`.
    public var requestId: String
    /// `Lambda-Runtime-Deadline-Ms`: Unix time in milliseconds.
    public var deadline: Date
    /// `Lambda-Runtime-Invoked-Function-Arn`.
    public var invokedFunctionARN: String?
    /// `Lambda-Runtime-Trace-Id`, which the runtime also sets as `_X_AMZN_TRACE_ID`.
    public var traceId: String?
    /// The event, as sent.
    public var body: Data

    public init(requestId: String, deadline: Date, invokedFunctionARN: String? = nil, traceId: String? = nil, body: Data) {
        self.requestId = requestId
        self.deadline = deadline
        self.invokedFunctionARN = invokedFunctionARN
        self.traceId = traceId
        self.body = body
    }

    /// The invocation the headers describe; nil without a request id or a deadline.
    init?(headers: [(String, String)], body: Data) {
        func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name }?.1 }
        guard let requestId = header("lambda-runtime-aws-request-id"), !requestId.isEmpty,
              let milliseconds = header("lambda-runtime-deadline-ms").flatMap({ Int64($0) })
        else { return nil }
        self.init(requestId: requestId, deadline: Date(timeIntervalSince1970: Double(milliseconds) / 1000),
                  invokedFunctionARN: header("lambda-runtime-invoked-function-arn"),
                  traceId: header("lambda-runtime-trace-id"), body: body)
    }
}

/// An error as the Runtime API takes it: `{"errorMessage": …, "errorType": …}` with the
/// content type `application/vnd.aws.lambda.error+json` (the runtime API's OpenAPI
/// `ErrorRequest`; its example is `InvalidEventDataException`).
public struct LambdaError: Error, Sendable, Equatable {
    public var type: String
    public var message: String

    public init(type: String, message: String) {
        self.type = type
        self.message = message
    }

    /// A handler's error: its Swift type, and what it says of itself.
    init(_ error: any Error) {
        if let lambdaError = error as? LambdaError {
            self = lambdaError
        } else {
            self.init(type: String(describing: Swift.type(of: error)), message: String(describing: error))
        }
    }

    public var body: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(["errorMessage": message, "errorType": type])) ?? Data()
    }

    static let contentType = "application/vnd.aws.lambda.error+json"

    /// Lambda refuses a synchronous response over 6 MB (Lambda quotas: "Invocation payload
    /// (request and response)", 6 MB each for synchronous invocations).
    public static let maximumResponseBytes = 6 * 1024 * 1024
}
