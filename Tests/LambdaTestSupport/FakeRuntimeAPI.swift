import Foundation
import NIOCore
import NIOHTTP1

/// A local stand-in for Lambda's Runtime API, on a loopback port: it serves the events a test
/// queues from `GET …/invocation/next` (waiting while there are none, as Lambda does) and records
/// what the runtime posts to `…/response`, `…/error` and `/runtime/init/error`.
///
/// Written from the Runtime API's documentation, independently of the runtime it tests.
public final class FakeRuntimeAPI: Sendable {
    /// What the runtime posted.
    public enum Record: Sendable, Equatable {
        case response(requestId: String, body: Data)
        case error(requestId: String, errorType: String?, body: Data)
        case initError(errorType: String?, body: Data)
    }

    public let port: Int
    private let server: LoopbackHTTP.Listener
    private let state = State()
    private let serving: Task<Void, Never>

    /// `127.0.0.1:PORT`, as `AWS_LAMBDA_RUNTIME_API` names it.
    public var address: String { "127.0.0.1:\(port)" }

    public static func start() async throws -> FakeRuntimeAPI {
        FakeRuntimeAPI(server: try await LoopbackHTTP.listen())
    }

    private init(server: LoopbackHTTP.Listener) {
        self.server = server
        port = server.channel.localAddress?.port ?? 0
        let state = self.state
        serving = LoopbackHTTP.accept(server) { connection in await Self.serve(connection, state: state) }
    }

    /// Queues an event for the next `GET …/invocation/next`; without a deadline, the event is
    /// one Lambda would never send.
    public func enqueue(_ body: Data, requestId: String, deadline: Date?, traceId: String? = nil) async {
        await state.enqueue(State.Event(requestId: requestId, deadline: deadline, traceId: traceId, body: body))
    }

    /// How the API misbehaves, as Lambda's may: closing the connection after each answer,
    /// refusing responses over a size (413), failing `/next` with 500.
    public struct Behaviour: Sendable {
        /// Closes the connection after each answer to a post (`Connection: close`).
        public var closeAfterEachAnswer = false
        /// Closes the connection after handing out each event, so the answer needs a new one.
        public var closeAfterNext = false
        public var refuseResponsesOver: Int?
        public var failNext = false
        public init() {}
    }

    public func behave(_ behaviour: Behaviour) async { await state.behave(behaviour) }

    /// The first `count` records, once that many have arrived; what has arrived by `limit`
    /// otherwise (a safeguard, so a lost answer fails the test rather than hanging it).
    public func records(count: Int, within limit: Duration = .seconds(60)) async -> [Record] {
        let state = self.state
        let safeguard = Task {
            try? await Task.sleep(for: limit)
            await state.releaseRecordWaiters()
        }
        defer { safeguard.cancel() }
        return await state.records(count: count)
    }

    /// What the runtime has posted so far.
    public var posted: [Record] { get async { await state.posted } }

    /// When each `GET …/invocation/next` arrived.
    public var nextRequestTimes: [Date] { get async { await state.nextTimes } }

    public func stop() async {
        try? await server.channel.close()
        serving.cancel()
        await state.cancelWaiters()
    }

    private static func serve(_ connection: LoopbackHTTP.Connection, state: State) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body = Data()
            // After `Connection: close`, the client closes, once it has read the answer: closing
            // first could drop an answer not yet on the wire. A request it sends anyway ends the
            // connection unanswered.
            var closing = false
            for try await part in inbound {
                switch part {
                case .head where closing:
                    return
                case .head(let requestHead):
                    head = requestHead
                    body = Data()
                case .body(let buffer):
                    body.append(contentsOf: buffer.readableBytesView)
                case .end:
                    guard let request = head else { continue }
                    guard let answer = await state.answer(request, body: body) else { return }
                    var headers = HTTPHeaders(answer.headers)
                    headers.add(name: "Content-Length", value: String(answer.body.count))
                    if answer.close { headers.add(name: "Connection", value: "close") }
                    try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: answer.status, headers: headers)))
                    try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: answer.body))))
                    try await outbound.write(.end(nil))
                    if answer.close { closing = true }
                }
            }
        }
    }
}
