import NIOCore
import NIOHTTP1
import NIOPosix

/// What the local servers of the tests share: an HTTP/1.1 listener on a free loopback port, and
/// the task that hands every connection it accepts to a serving function.
enum LoopbackHTTP {
    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>
    typealias Listener = NIOAsyncChannel<Connection, Never>

    static func listen() async throws -> Listener {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// Serves each accepted connection concurrently until the listener closes.
    static func accept(_ listener: Listener, _ serve: @escaping @Sendable (Connection) async -> Void) -> Task<Void, Never> {
        Task {
            try? await listener.executeThenClose { connections in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in connections {
                        group.addTask { await serve(connection) }
                    }
                }
            }
        }
    }
}
