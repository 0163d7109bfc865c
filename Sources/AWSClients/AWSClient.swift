import AsyncHTTPClient
import ConnectLambdaModels
import Foundation
import NIOCore
import NIOHTTP1

/// Signed calls to one AWS service: SigV4, retried as `RetryPolicy` says while the error is
/// retryable and the deadline allows, the error's code read from the answer (`AWSError`). The
/// protocols' shapes (JSON with a target, REST-JSON, Query, S3) are in AWSClient+Protocols.swift.
public struct AWSClient: Sendable {
    public let endpoint: AWSEndpoint
    let credentials: AWSCredentials
    /// `DynamoDB_20120810`, `AmazonSQS`.
    let targetPrefix: String
    /// `application/x-amz-json-1.0`.
    let contentType: String
    let retry: RetryPolicy
    let clock: any AWSClock
    let random: any RandomSource

    /// One client for the life of the process, so connections carry over between invocations.
    static let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(
        redirectConfiguration: .disallow, timeout: .init(connect: .seconds(2)), connectionPool: .init(idleTimeout: .seconds(60))))

    public init(endpoint: AWSEndpoint, credentials: AWSCredentials, targetPrefix: String = "",
                contentType: String = "application/x-amz-json-1.0",
                retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(), random: any RandomSource = SystemRandomSource()) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.targetPrefix = targetPrefix
        self.contentType = contentType
        self.retry = retry
        self.clock = clock
        self.random = random
    }

    /// A client for `service` as the environment configures it: credentials from the Lambda
    /// environment, the endpoint from `AWS_ENDPOINT_URL_<SERVICE>` or `AWS_ENDPOINT_URL`, else the
    /// service's regional one.
    public static func fromEnvironment(service: String, signingName: String, targetPrefix: String = "",
                                       contentType: String = "application/x-amz-json-1.0",
                                       _ environment: [String: String], retry: RetryPolicy = RetryPolicy(),
                                       clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> AWSClient {
        guard let credentials = AWSCredentials.fromEnvironment(environment) else { throw .configuration("AWS credentials are not set") }
        let endpoint = try AWSEndpoint.resolve(service: service, signingName: signingName, environment: environment)
        return AWSClient(endpoint: endpoint, credentials: credentials, targetPrefix: targetPrefix, contentType: contentType,
                         retry: retry, clock: clock, random: random)
    }

    /// `attempt` until it succeeds, its error is final, the attempts are spent, or the next wait
    /// would pass the deadline.
    func retrying(_ operation: String, deadline: Date, _ attempt: () async throws(AWSError) -> Data) async throws(AWSError) -> Data {
        var tries = 1
        while true {
            do {
                return try await attempt()
            } catch {
                guard error.isRetryable, tries < retry.maxAttempts else { throw error }
                let wait = retry.delay(beforeRetry: tries, random: random)
                guard clock.now.addingTimeInterval(wait.timeInterval) < deadline else { throw error }
                do { try await clock.sleep(for: wait) } catch { throw .timedOut("\(operation): cancelled") }
                tries += 1
            }
        }
    }

    /// One signed request: `method` on `path` under the endpoint (for S3, `path` is already
    /// percent-encoded once, and the payload's hash is signed as `x-amz-content-sha256`).
    func send(_ operation: String, method: String, path: String, headers extra: [(String, String)], body: Data,
              s3: Bool = false, deadline: Date) async throws(AWSError) -> Data {
        let now = clock.now
        let milliseconds = Int64(deadline.timeIntervalSince(now) * 1000)
        guard milliseconds > 0 else { throw .timedOut(operation) }
        let host = Self.hostHeader(endpoint.url)
        let base = endpoint.url.path().hasSuffix("/") ? String(endpoint.url.path().dropLast()) : endpoint.url.path()
        let fullPath = base + path
        let requestPath = fullPath.isEmpty ? "/" : fullPath
        // The Host header is set here, as it is signed: the client would leave out a default
        // port, and write an IPv6 address in brackets.
        let headers = [("Host", host)] + extra
        let signer = SigV4(credentials: credentials, region: endpoint.region, service: endpoint.signingName, isS3: s3)
        let signature = signer.sign(SigV4.Request(method: method, host: host, path: requestPath, headers: headers, body: body), at: now)
        var components = URLComponents(url: endpoint.url, resolvingAgainstBaseURL: false)
        components?.percentEncodedPath = requestPath
        var request = HTTPClientRequest(url: components?.url?.absoluteString ?? endpoint.url.absoluteString)
        request.method = HTTPMethod(rawValue: method)
        for (name, value) in headers + signature { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let status: Int, answer: Data, errorType: String?
        do {
            // The client's timeout ends with the headers; the limit covers the body too.
            (status, errorType, answer) = try await TimeLimit.run(.milliseconds(milliseconds)) { [request] in
                let response = try await Self.http.execute(request, timeout: TimeAmount.milliseconds(milliseconds))
                let body = Data(try await response.body.collect(upTo: 16 * 1024 * 1024).readableBytesView)
                return (Int(response.status.code), response.headers.first(name: "x-amzn-ErrorType"), body)
            }
        } catch is TimeLimit.Exceeded {
            throw .timedOut(operation)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw .timedOut(operation)
        } catch {
            throw .unreachable("\(endpoint.url.host() ?? ""): \(error)")
        }
        guard (200..<300).contains(status) else { throw Self.error(status: status, body: answer, header: errorType) }
        return answer
    }

    /// `host`, `host:port` when the port is not the scheme's default, `[::1]:port` for IPv6.
    static func hostHeader(_ url: URL) -> String {
        let name = url.host(percentEncoded: false) ?? ""
        let host = name.contains(":") ? "[\(name)]" : name
        guard let port = url.port, !(url.scheme == "https" && port == 443), !(url.scheme == "http" && port == 80) else { return host }
        return "\(host):\(port)"
    }

    /// The error a service sent: JSON (`{"__type": "prefix#Code", "message": "…"}`, or the code
    /// in `x-amzn-ErrorType`), or the XML of the Query protocol (`<Error><Code>…</Code>
    /// <Message>…</Message>`), which services and their front ends also answer JSON clients with
    /// when a request is refused before it reaches the service (a bad signature).
    static func error(status: Int, body: Data, header: String?) -> AWSError {
        if let xml = XMLError(body) { return .service(code: xml.code, message: xml.message, status: status) }
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        let type = (object["__type"] as? String) ?? header ?? "HTTP\(status)"
        let code = String(type.split(separator: "#").last ?? "").split(separator: ":").first.map(String.init) ?? type
        let message = (object["message"] as? String) ?? (object["Message"] as? String) ?? String(decoding: body.prefix(200), as: UTF8.self)
        return .service(code: code, message: message, status: status)
    }
}
