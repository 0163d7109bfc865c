import Foundation
import LambdaTestSupport

/// Runs a Lambda binary against a local Runtime API and times it.
struct RuntimeBench {
    let binary: String
    var handler = "echo"
    var parameters = ["text": "x"]

    func launch(_ api: FakeRuntimeAPI, host: String = "127.0.0.1", environment: [String: String]? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        let runtime = ["AWS_LAMBDA_RUNTIME_API": "\(host):\(api.port)", "_HANDLER": handler]
        if let environment {
            process.environment = environment.merging(runtime) { $1 }
        } else {
            process.environment = runtime.merging(["AWS_LAMBDA_LOG_LEVEL": "ERROR"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// Seconds from process start to its first `GET /next`, `count` times.
    func coldStarts(_ count: Int) async throws -> [Double] {
        var seconds: [Double] = []
        for _ in 0..<count {
            let api = try await FakeRuntimeAPI.start()
            let start = Date()
            let process = try launch(api)
            while await api.nextRequestTimes.isEmpty { try await Task.sleep(for: .microseconds(200)) }
            seconds.append(await api.nextRequestTimes[0].timeIntervalSince(start))
            process.terminate()
            process.waitUntilExit()
            await api.stop()
        }
        return seconds
    }

    /// Seconds per invocation, `count` invocations (of a handler that does nothing, to measure
    /// the loop).
    func invocationOverhead(_ count: Int) async throws -> Double {
        let api = try await FakeRuntimeAPI.start()
        let process = try launch(api)
        defer { process.terminate() }
        let event = Self.event(parameters)
        let deadline = Date().addingTimeInterval(3600)
        await api.enqueue(event, requestId: "warm", deadline: deadline)
        _ = await api.records(count: 1)
        let start = Date()
        for index in 0..<count { await api.enqueue(event, requestId: "r\(index)", deadline: deadline) }
        _ = await api.records(count: count + 1)
        let elapsed = Date().timeIntervalSince(start)
        await api.stop()
        return elapsed / Double(count)
    }

    static func event(_ parameters: [String: String]) -> Data {
        let event: [String: Any] = ["Name": "ContactFlowEvent", "Details": [
            "ContactData": ["ContactId": "bench", "Channel": "VOICE", "Attributes": [String: String]()], "Parameters": parameters,
        ]]
        return try! JSONSerialization.data(withJSONObject: event)
    }
}

/// One invocation, the Runtime API addressed as `localhost`; passes when the handler answers (an
/// error reported through `/error` fails). `--check` runs a contact-flow event in a bare
/// environment; `--invoke` any event, in the caller's environment (its logs shown).
struct BinaryCheck {
    let binary: String
    let handler: String
    let event: Data
    var environment: [String: String]? = nil

    func run() async -> Int32 {
        do {
            let api = try await FakeRuntimeAPI.start()
            let process = try RuntimeBench(binary: binary, handler: handler).launch(api, host: "localhost", environment: environment)
            defer { process.terminate() }
            await api.enqueue(event, requestId: "check", deadline: Date().addingTimeInterval(300))
            let giveUp = Date().addingTimeInterval(300)
            while await api.posted.isEmpty {
                guard process.isRunning, Date() < giveUp else {
                    FileHandle.standardError.write(Data("lambda-bench --check: \(binary) never answered (exit \(process.isRunning ? "none" : String(process.terminationStatus)))\n".utf8))
                    return 1
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            let record = await api.posted[0]
            await api.stop()
            guard case .response(_, let body) = record else {
                FileHandle.standardError.write(Data("lambda-bench --check: \(binary) did not answer: \(record)\n".utf8))
                return 1
            }
            print("\(binary) (\(handler)) answered through localhost: \(String(decoding: body, as: UTF8.self))")
            return 0
        } catch {
            FileHandle.standardError.write(Data("lambda-bench --check: \(error)\n".utf8))
            return 1
        }
    }
}

extension Array where Element == Double {
    var median: Double { sorted()[count / 2] }
}
