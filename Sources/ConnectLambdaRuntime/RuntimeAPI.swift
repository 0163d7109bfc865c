import Foundation

/// The four calls of Lambda's Runtime API a runtime makes (base
/// `http://$AWS_LAMBDA_RUNTIME_API/2018-06-01`; AWS Lambda Developer Guide, "Using the Lambda
/// runtime API for custom runtimes").
public protocol RuntimeAPI {
    /// `GET /runtime/invocation/next`: waits, with no timeout, for the next event.
    mutating func next() async throws -> Invocation
    /// `POST /runtime/invocation/{id}/response`.
    mutating func respond(to requestId: String, with body: Data) async throws
    /// `POST /runtime/invocation/{id}/error`.
    mutating func fail(_ requestId: String, with error: LambdaError) async throws
    /// `POST /runtime/init/error`: the runtime cannot start; it exits after reporting.
    mutating func failInitialization(with error: LambdaError) async throws
}

/// A Runtime API call that did not go as the API says it should, and what the runtime does
/// about it.
public struct RuntimeAPIError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The connection is gone (the API closed it, or it broke): connect again and go on.
        case connectionClosed
        /// The API answered 500: "Container error. Non-recoverable state. Runtime should exit
        /// promptly" (the runtime API's OpenAPI document).
        case containerError
        /// The API refused a post with this status: 413 for a response over Lambda's limit.
        case refused(status: Int)
        /// `/next` sent an event the runtime cannot serve: no deadline, or no request id.
        case invalidInvocation(requestId: String?)
        /// The API could not be reached at all.
        case unreachable
    }

    public var kind: Kind
    public var message: String
    /// An answer the loop had ready when the connection closed, to post once reconnected.
    public var pending: PendingAnswer?

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// One invocation's answer, ready to post: the response body, or the error to report.
public struct PendingAnswer: Sendable {
    public var requestId: String
    public var result: Result<Data, LambdaError>
}

/// `AWS_LAMBDA_RUNTIME_API`: `host:port`, an IPv6 host in brackets.
public struct RuntimeAPIAddress: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    public init?(_ text: String) {
        let host: Substring, port: Substring
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = text[text.index(after: text.startIndex)..<close]
            port = text[close...].dropFirst().drop { $0 == ":" }
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let number = Int(port), (1...65535).contains(number) else { return nil }
        self.init(host: String(host), port: number)
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
