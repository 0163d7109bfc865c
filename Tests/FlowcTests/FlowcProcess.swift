import FlowTestSupport
import Foundation

/// Runs the built `flowc` executable, as a user would.
struct FlowcProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `flowc` built next to the test bundle.
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("flowc")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return Repository.url(".build/debug/flowc")
    }()

    /// Runs flowc (or `program`) with `arguments`; `unprivileged` runs it as the user `nobody` when
    /// the tests run as root (who may write anywhere), so that folder permissions apply to it.
    static func run(_ arguments: [String], in directory: URL = Repository.root, unprivileged: Bool = false,
                    executable program: URL? = nil) throws -> Result {
        let process = Process()
        if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = program ?? executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh empty directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("flowc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `directory`, relative path → contents.
    static func snapshot(_ directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath {
                files[String(url.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))] = data
            }
        }
        return files
    }
}
