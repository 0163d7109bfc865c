import Foundation
import NIOCore
import NIOHTTP1

/// A plain-HTTP server on a loopback port that answers with a closure and records every request:
/// the stand-in for a back-office system in handler tests.
public final class LocalHTTPServer: Sendable {
    public struct Request: Sendable, Equatable {
        public var method: String
        /// The path with its query, as sent.
        public var uri: String
        public var headers: [String: String]
        public var body: Data

        /// The body as JSON, for comparing with what a contract states.
        public var json: NSDictionary? { try? JSONSerialization.jsonObject(with: body) as? NSDictionary }
    }

    public struct Response: Sendable {
        public var status: Int
        public var body: Data
        public var delay: Duration?
        /// A wait between the headers and the body: a system that stalls mid-answer.
        public var bodyDelay: Duration?
        /// More headers (`x-amzn-ErrorType`, as AWS's REST-JSON services name their errors).
        public var headers: [(String, String)]

        public init(status: Int = 200, json: String, delay: Duration? = nil, bodyDelay: Duration? = nil, headers: [(String, String)] = []) {
            self.status = status
            body = Data(json.utf8)
            self.delay = delay
            self.bodyDelay = bodyDelay
            self.headers = headers
        }
    }

    public let port: Int
    private let server: LoopbackHTTP.Listener
    private let log = RequestLog()
    private let serving: Task<Void, Never>

    /// `http://127.0.0.1:PORT`.
    public var url: String { "http://127.0.0.1:\(port)" }

    public var requests: [Request] { get async { await log.requests } }

    public static func start(_ answer: @escaping @Sendable (Request) async -> Response) async throws -> LocalHTTPServer {
        LocalHTTPServer(server: try await LoopbackHTTP.listen(), answer: answer)
    }

    private init(server: LoopbackHTTP.Listener,
                 answer: @escaping @Sendable (Request) async -> Response) {
        self.server = server
        port = server.channel.localAddress?.port ?? 0
        let log = self.log
        serving = LoopbackHTTP.accept(server) { connection in await Self.serve(connection, log: log, answer: answer) }
    }

    public func stop() async {
        try? await server.channel.close()
        serving.cancel()
    }

    private static func serve(_ connection: LoopbackHTTP.Connection, log: RequestLog,
                              answer: @Sendable (Request) async -> Response) async {
        try? await connection.executeThenClose { inbound, outbound in
            var request: Request?
            for try await part in inbound {
                switch part {
                case .head(let head):
                    request = Request(method: head.method.rawValue, uri: head.uri,
                                      headers: Dictionary(head.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { $1 }),
                                      body: Data())
                case .body(let buffer):
                    request?.body.append(contentsOf: buffer.readableBytesView)
                case .end:
                    guard let complete = request else { continue }
                    await log.append(complete)
                    let response = await answer(complete)
                    if let delay = response.delay { try? await Task.sleep(for: delay) }
                    var headers = HTTPHeaders([("Content-Type", "application/json"), ("Content-Length", String(response.body.count))])
                    headers.add(name: "Connection", value: "keep-alive")
                    for (name, value) in response.headers { headers.add(name: name, value: value) }
                    try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: response.status),
                                                                    headers: headers)))
                    if let stall = response.bodyDelay { try? await Task.sleep(for: stall) }
                    try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: response.body))))
                    try await outbound.write(.end(nil))
                }
            }
        }
    }

    private actor RequestLog {
        var requests: [Request] = []
        func append(_ request: Request) { requests.append(request) }
    }
}
