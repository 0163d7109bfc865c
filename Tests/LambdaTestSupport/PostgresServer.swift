import Foundation

/// A PostgreSQL server of its own for a test, from Debian's `postgresql` package: a new cluster
/// (`initdb`, password authentication, one user) in a temporary folder, listening on a free
/// loopback port only, stopped and deleted after the test. Run as the `postgres` user when the
/// tests run as root (the server refuses root). Tests that need it are skipped when it is not
/// installed (`.ci/run` installs it).
public final class PostgresServer: Sendable {
    public let port: Int
    public let username = "reporting"
    public let password = "local-test-password"
    public let database = "postgres"
    private let folder: URL
    private let binaries: URL
    private let process: Process

    /// The folder of the newest installed server's programs (`/usr/lib/postgresql/VERSION/bin`).
    public static var binaries: URL? {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.compactMap(Int.init).sorted().reversed().map { root.appendingPathComponent("\($0)/bin") }
            .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("postgres").path) }
    }

    public static var isInstalled: Bool { binaries != nil && (getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")) }

    public static func start() async throws -> PostgresServer {
        guard let binaries else { throw StartFailure(message: "PostgreSQL is not installed (apt-get install postgresql)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowc-postgres-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let passwordFile = folder.appendingPathComponent("password")
        try Data("local-test-password\n".utf8).write(to: passwordFile)
        if getuid() == 0 { try run("/bin/chown", ["-R", "postgres:postgres", folder.path]) }
        let data = folder.appendingPathComponent("data").path
        try run(binaries.appendingPathComponent("initdb").path, ["-D", data, "-U", "reporting", "--pwfile", passwordFile.path,
                                                                "--auth", "scram-sha-256", "-E", "UTF8", "--no-sync"], asPostgres: true)
        let port = try LoopbackPort.free()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: getuid() == 0 ? "/usr/sbin/runuser" : binaries.appendingPathComponent("postgres").path)
        let arguments = ["-D", data, "-h", "127.0.0.1", "-p", String(port), "-k", folder.path, "-c", "fsync=off"]
        process.arguments = getuid() == 0 ? ["-u", "postgres", "--", binaries.appendingPathComponent("postgres").path] + arguments : arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = PostgresServer(port: port, folder: folder, binaries: binaries, process: process)
        for _ in 0..<200 {
            if LoopbackPort.accepts(port) { return server }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        server.stop()
        throw StartFailure(message: "PostgreSQL did not start on port \(port)")
    }

    private init(port: Int, folder: URL, binaries: URL, process: Process) {
        self.port = port
        self.folder = folder
        self.binaries = binaries
        self.process = process
    }

    /// Stops the server (`pg_ctl stop -m immediate`: nothing in it is worth keeping), reaps the
    /// process and deletes the cluster.
    public func stop() {
        if process.isRunning {
            let data = folder.appendingPathComponent("data").path
            if (try? Self.run(binaries.appendingPathComponent("pg_ctl").path, ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres: true)) == nil {
                kill(process.processIdentifier, SIGKILL)
            }
            var status: Int32 = 0
            _ = waitpid(process.processIdentifier, &status, 0)
        }
        try? FileManager.default.removeItem(at: folder)
    }

    public struct StartFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    private static func run(_ executable: String, _ arguments: [String], asPostgres: Bool = false) throws {
        let process = Process()
        let asOther = asPostgres && getuid() == 0
        process.executableURL = URL(fileURLWithPath: asOther ? "/usr/sbin/runuser" : executable)
        process.arguments = asOther ? ["-u", "postgres", "--", executable] + arguments : arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StartFailure(message: "\(executable) failed: \(String(decoding: text, as: UTF8.self).suffix(600))")
        }
    }
}
