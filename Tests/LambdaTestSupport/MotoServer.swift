import Foundation

/// moto's server (a local emulation of AWS services, from PyPI) on a loopback port, started for
/// a test and stopped after it. Found at `FLOWC_MOTO_SERVER`, else in the venv `.ci/run` makes
/// (`.build/ci-venv/bin/moto_server`); tests that need it are skipped when it is not installed.
public final class MotoServer: Sendable {
    public let port: Int
    private let process: Process

    /// `http://127.0.0.1:PORT`, for `AWS_ENDPOINT_URL`.
    public var url: String { "http://127.0.0.1:\(port)" }

    public static var executable: String? {
        let configured = ProcessInfo.processInfo.environment["FLOWC_MOTO_SERVER"]
        let inVenv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/ci-venv/bin/moto_server").path
        return [configured, inVenv].compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static var isInstalled: Bool { executable != nil }

    /// The environment a client needs to reach it: region, fake credentials, the endpoint.
    public var environment: [String: String] {
        ["AWS_REGION": "eu-west-2", "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_ENDPOINT_URL": url]
    }

    public static func start(environment extra: [String: String] = [:]) async throws -> MotoServer {
        guard let executable else { throw StartFailure(message: "moto_server is not installed") }
        let port = try LoopbackPort.free()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = MotoServer(port: port, process: process)
        for _ in 0..<200 {
            if LoopbackPort.accepts(port) { return server }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        server.stop()
        throw StartFailure(message: "moto_server did not start on port \(port)")
    }

    private init(port: Int, process: Process) {
        self.port = port
        self.process = process
    }

    /// Stops the server with SIGKILL (it keeps nothing worth a clean shutdown, and a child started
    /// from a thread that blocks SIGTERM inherits the block), and reaps it: Foundation does not
    /// always, and the child would stay a zombie until the tests end.
    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(process.processIdentifier, &status, 0)
    }

    public struct StartFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
