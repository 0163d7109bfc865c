import Foundation
import LambdaTestSupport
import Testing

/// The runtime as Lambda runs it: a separate process (`echo-lambda`, built with the tests)
/// talking to a local Runtime API: handler selection, init errors, memory over many
/// invocations, graceful shutdown, and local runs on an event file.
@Suite("Lambda process", .serialized, .timeLimit(.minutes(2)))
struct LambdaProcessTests {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("echo-lambda")

    static func launch(_ environment: [String: String], arguments: [String] = []) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// The process's resident memory, from /proc.
    static func residentKilobytes(_ process: Process) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try #require(Int(line.split(separator: " ")[1]))
    }

    /// Reads the pipe until a line holds `text`.
    static func waitForLine(containing text: String, in pipe: Pipe) async throws {
        var seen = ""
        while !seen.contains(text) {
            let chunk = pipe.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw CancellationError() }
            seen += String(decoding: chunk, as: UTF8.self)
        }
    }

    static func waitForExit(_ process: Process) async -> Int32 {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(10)) }
        return process.terminationStatus
    }

    @Test("_HANDLER picks the handler; one the binary does not serve is an init error naming those it does")
    func handlerSelection() async throws {
        let api = try await FakeRuntimeAPI.start()
        let (process, _, _) = try Self.launch(["AWS_LAMBDA_RUNTIME_API": api.address, "_HANDLER": "nope"])
        let records = await api.records(count: 1)
        #expect(await Self.waitForExit(process) == 1)
        await api.stop()
        guard case .initError("Runtime.UnknownHandler", let body) = records[0] else { Issue.record("\(records)"); return }
        #expect(String(decoding: body, as: UTF8.self).contains("this binary serves: echo, fail"))
    }

    @Test("a hundred invocations in a row on one process, memory flat within 4 MB")
    func manyInvocations() async throws {
        let api = try await FakeRuntimeAPI.start()
        let (process, _, _) = try Self.launch(["AWS_LAMBDA_RUNTIME_API": api.address, "_HANDLER": "echo"])
        defer { process.terminate() }
        let deadline = Date().addingTimeInterval(600)
        func invoke(_ range: Range<Int>) async {
            for index in range { await api.enqueue(connectEvent(["text": String(repeating: "x", count: 1000) + "\(index)"]), requestId: "r\(index)", deadline: deadline) }
            _ = await api.records(count: range.upperBound)
        }
        await invoke(0..<20)
        let warm = try Self.residentKilobytes(process)
        await invoke(20..<120)
        let after = try Self.residentKilobytes(process)
        let records = await api.records(count: 120)
        await api.stop()
        #expect(records.allSatisfy { if case .response = $0 { true } else { false } })
        #expect(after - warm < 4096, "resident memory grew from \(warm) kB to \(after) kB over 100 invocations")
    }

    @Test("SIGTERM during an invocation lets it answer, then the process exits 0; SIGTERM while idle exits at once")
    func gracefulShutdown() async throws {
        let api = try await FakeRuntimeAPI.start()
        let (busy, output, _) = try Self.launch(["AWS_LAMBDA_RUNTIME_API": api.address, "_HANDLER": "echo"])
        await api.enqueue(connectEvent(["text": "last", "delayMs": "500"]), requestId: "last", deadline: Date().addingTimeInterval(60))
        try await Self.waitForLine(containing: "echo started", in: output)  // the handler has the event
        busy.terminate()
        let records = await api.records(count: 1)
        #expect(await Self.waitForExit(busy) == 0)
        #expect(records == [.response(requestId: "last", body: Data(#"{"text":"last"}"#.utf8))])

        let (idle, _, _) = try Self.launch(["AWS_LAMBDA_RUNTIME_API": api.address, "_HANDLER": "echo"])
        while await api.nextRequestTimes.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
        idle.terminate()
        #expect(await Self.waitForExit(idle) == 0)
        await api.stop()
    }

    @Test("--event runs one event from a file and prints the answer; an error goes to standard error, exit 1")
    func localRun() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowc-event-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let event = folder.appendingPathComponent("event.json")
        try connectEvent(["text": "local"]).write(to: event)
        let (ok, output, _) = try Self.launch([:], arguments: ["--event", event.path, "--handler", "echo"])
        #expect(await Self.waitForExit(ok) == 0)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "{\"text\":\"local\"}\n")
        let (failing, _, errors) = try Self.launch(["_HANDLER": "fail"], arguments: ["--event", event.path])
        #expect(await Self.waitForExit(failing) == 1)
        let failure = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(failure.hasSuffix("{\"errorMessage\":\"asked to fail\",\"errorType\":\"EchoFailure\"}\n"), "\(failure)")
    }
}
