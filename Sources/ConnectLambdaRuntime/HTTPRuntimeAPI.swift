import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The Runtime API over one kept-alive HTTP/1.1 connection (SwiftNIO): requests go one at a
/// time, as the loop makes them.
public struct HTTPRuntimeAPI: RuntimeAPI {
    private var responses: NIOAsyncChannelInboundStream<HTTPClientResponsePart>.AsyncIterator
    private let requests: NIOAsyncChannelOutboundWriter<HTTPClientRequestPart>
    private let host: String
    /// Set when the API said `Connection: close`: the next call must connect again.
    private var closed = false

    static let base = "/2018-06-01"

    /// Connects to the Runtime API and runs `body` with it; the connection closes when `body`
    /// returns or throws. A numeric host is used as it is; a name is resolved (getaddrinfo).
    public static func withConnection<Result: Sendable>(
        to address: RuntimeAPIAddress, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        _ body: (inout HTTPRuntimeAPI) async throws -> Result
    ) async throws -> Result {
        let bootstrap = ClientBootstrap(group: group).channelOption(.socketOption(.tcp_nodelay), value: 1)
        let initializer: @Sendable (any Channel) -> EventLoopFuture<NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>> = { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHTTPClientHandlers()
                return try NIOAsyncChannel(wrappingChannelSynchronously: channel)
            }
        }
        let channel: NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>
        do {
            if let numeric = try? SocketAddress(ipAddress: address.host, port: address.port) {
                channel = try await bootstrap.connect(to: numeric, channelInitializer: initializer)
            } else {
                channel = try await bootstrap.connect(host: address.host, port: address.port, channelInitializer: initializer)
            }
        } catch {
            throw RuntimeAPIError(.unreachable, "cannot connect to the Runtime API at \(address): \(error)")
        }
        return try await channel.executeThenClose { inbound, outbound in
            var api = HTTPRuntimeAPI(responses: inbound.makeAsyncIterator(), requests: outbound, host: address.description)
            return try await body(&api)
        }
    }

    public mutating func next() async throws -> Invocation {
        let response = try await send(.GET, "/runtime/invocation/next")
        try check(response, in: "next", expecting: 200)
        guard let invocation = Invocation(headers: response.headers, body: response.body) else {
            let requestId = response.headers.first { $0.0.lowercased() == "lambda-runtime-aws-request-id" }?.1
            throw RuntimeAPIError(.invalidInvocation(requestId: requestId.flatMap { $0.isEmpty ? nil : $0 }),
                                  "the Runtime API sent an event without a request id or a deadline")
        }
        return invocation
    }

    public mutating func respond(to requestId: String, with body: Data) async throws {
        let response = try await send(.POST, "/runtime/invocation/\(requestId)/response", body: body, contentType: "application/json")
        try check(response, in: "response", expecting: 202)
    }

    public mutating func fail(_ requestId: String, with error: LambdaError) async throws {
        let response = try await send(.POST, "/runtime/invocation/\(requestId)/error", body: error.body,
                                      contentType: LambdaError.contentType, errorType: error.type)
        try check(response, in: "error", expecting: 202)
    }

    public mutating func failInitialization(with error: LambdaError) async throws {
        let response = try await send(.POST, "/runtime/init/error", body: error.body, contentType: LambdaError.contentType,
                                      errorType: error.type)
        try check(response, in: "init/error", expecting: 202)
    }

    private func check(_ response: Response, in call: String, expecting status: Int) throws {
        guard response.status != status else { return }
        let text = String(decoding: response.body.prefix(200), as: UTF8.self)
        let message = "the Runtime API answered \(call) with \(response.status): \(text)"
        throw RuntimeAPIError(response.status >= 500 ? .containerError : .refused(status: response.status), message)
    }

    private struct Response {
        var status: Int
        var headers: [(String, String)]
        var body: Data
    }

    private mutating func send(_ method: HTTPMethod, _ path: String, body: Data? = nil, contentType: String? = nil,
                               errorType: String? = nil) async throws -> Response {
        guard !closed else { throw RuntimeAPIError(.connectionClosed, "the Runtime API closed the connection") }
        var headers = HTTPHeaders([("Host", host), ("User-Agent", "flowc-connect-lambda-runtime")])
        if let body { headers.add(name: "Content-Length", value: String(body.count)) }
        if let contentType { headers.add(name: "Content-Type", value: contentType) }
        if let errorType { headers.add(name: "Lambda-Runtime-Function-Error-Type", value: errorType) }
        do {
            try await requests.write(.head(HTTPRequestHead(version: .http1_1, method: method, uri: Self.base + path, headers: headers)))
            if let body { try await requests.write(.body(.byteBuffer(ByteBuffer(bytes: body)))) }
            try await requests.write(.end(nil))
            return try await receive()
        } catch let error as RuntimeAPIError {
            throw error
        } catch {
            throw RuntimeAPIError(.connectionClosed, "the Runtime API connection failed: \(error)")
        }
    }

    private mutating func receive() async throws -> Response {
        var response = Response(status: 0, headers: [], body: Data())
        while let part = try await responses.next() {
            switch part {
            case .head(let head):
                response.status = Int(head.status.code)
                response.headers = head.headers.map { ($0.name, $0.value) }
                closed = !head.isKeepAlive
            case .body(let buffer):
                response.body.append(contentsOf: buffer.readableBytesView)
            case .end:
                return response
            }
        }
        throw RuntimeAPIError(.connectionClosed, "the Runtime API closed the connection")
    }
}
