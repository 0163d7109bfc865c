import AsyncHTTPClient
import ConnectLambdaModels
import Foundation
import NIOCore
import NIOHTTP1

/// JSON over HTTPS to one back-office system, each call bounded by the time the invocation has
/// left (less a margin to answer Connect), never following redirects.
public struct BackOfficeClient: Sendable {
    public let system: BackOfficeSystem

    /// Kept back from the invocation's remaining time for the runtime to answer Connect.
    public static let answerMargin: Duration = .milliseconds(250)
    /// The largest answer read from a back-office system.
    static let maximumAnswerBytes = 1024 * 1024

    /// One client for the life of the process: connections are kept for the next invocation.
    static let http = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(2)),
            connectionPool: .init(idleTimeout: .seconds(60))))

    public init(_ system: BackOfficeSystem) {
        self.system = system
    }

    /// `GET path?query`, decoded as `Answer`.
    public func get<Answer: Decodable>(_ path: [String], query: [String: String] = [:], within remaining: Duration)
        async throws(BackOfficeError) -> Answer
    {
        try await send(.GET, path, query: query, body: nil, idempotencyKey: nil, within: remaining)
    }

    /// `POST path` with `body` as JSON, decoded as `Answer`. An idempotency key (the contact's
    /// id) makes a retried request, by Connect or by the flow, one operation for the system.
    public func post<Body: Encodable, Answer: Decodable>(_ path: [String], _ body: Body, idempotencyKey: String? = nil,
                                                        within remaining: Duration) async throws(BackOfficeError) -> Answer
    {
        let data: Data
        do { data = try JSONEncoder().encode(body) } catch { throw .invalidAnswer(system.name, "request not encodable: \(error)") }
        return try await send(.POST, path, query: [:], body: data, idempotencyKey: idempotencyKey, within: remaining)
    }

    /// What an error answer says it is, without repeating the answer: a system may echo the
    /// request, card details included, and this text reaches the logs. The `code` or `error`
    /// field when it is a short identifier, else "no error code".
    static func errorCode(in body: Data) -> String {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        let code = (object["code"] as? String) ?? (object["error"] as? String)
        let safe = code.map { $0.count <= 64 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) } } ?? false
        return safe ? "error code \(code!)" : "no error code"
    }

    private func send<Answer: Decodable>(_ method: HTTPMethod, _ path: [String], query: [String: String], body: Data?,
                                         idempotencyKey: String?, within remaining: Duration) async throws(BackOfficeError) -> Answer
    {
        let budget = remaining - Self.answerMargin
        let milliseconds = budget.milliseconds
        guard milliseconds > 0 else { throw .timedOut(system.name, milliseconds: max(milliseconds, 0)) }
        var request = HTTPClientRequest(url: system.url(path, query: query).absoluteString)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        if let key = system.apiKey { request.headers.add(name: "x-api-key", value: key) }
        if let idempotencyKey { request.headers.add(name: "Idempotency-Key", value: idempotencyKey) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let status: Int, answer: Data
        do {
            // The client's timeout ends with the headers; the limit covers the body too.
            (status, answer) = try await TimeLimit.run(.milliseconds(milliseconds)) { [request] in
                let response = try await Self.http.execute(request, timeout: TimeAmount.milliseconds(milliseconds))
                return (Int(response.status.code), Data(try await response.body.collect(upTo: Self.maximumAnswerBytes).readableBytesView))
            }
        } catch is TimeLimit.Exceeded {
            throw .timedOut(system.name, milliseconds: milliseconds)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw .timedOut(system.name, milliseconds: milliseconds)
        } catch {
            throw .unavailable(system.name, String(describing: error))
        }
        switch status {
        case 200..<300: break
        case 400..<500: throw .rejected(system.name, status: status, Self.errorCode(in: answer))
        default: throw .unavailable(system.name, "status \(status), \(Self.errorCode(in: answer))")
        }
        do { return try JSONDecoder().decode(Answer.self, from: answer) } catch {
            throw .invalidAnswer(system.name, "\(path.joined(separator: "/")): \(error)")
        }
    }
}
