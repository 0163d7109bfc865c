import Foundation
import LambdaTestSupport
import Testing

/// The runtime against a Runtime API that behaves as Lambda's may on a bad day: it closes
/// connections, refuses a response as too large, sends an event it should not, fails.
@Suite("Runtime recovery", .serialized, .timeLimit(.minutes(2)))
struct RuntimeRecoveryTests {
    static func launch(_ api: FakeRuntimeAPI) throws -> Process {
        try LambdaProcessTests.launch(["AWS_LAMBDA_RUNTIME_API": api.address, "_HANDLER": "echo"]).0
    }

    static let deadline = Date().addingTimeInterval(600)

    @Test("a connection closed after every event or every answer: each answer still arrives, once, and the process stays up", arguments: [
        true, false,
    ])
    func closedConnections(afterNext: Bool) async throws {
        let api = try await FakeRuntimeAPI.start()
        var behaviour = FakeRuntimeAPI.Behaviour()
        if afterNext { behaviour.closeAfterNext = true } else { behaviour.closeAfterEachAnswer = true }
        await api.behave(behaviour)
        let process = try Self.launch(api)
        defer { process.terminate() }
        for index in 0..<8 { await api.enqueue(connectEvent(["text": "n\(index)"]), requestId: "r\(index)", deadline: Self.deadline) }
        let records = await api.records(count: 8)
        #expect(records == (0..<8).map { .response(requestId: "r\($0)", body: Data(#"{"text":"n\#($0)"}"#.utf8)) })
        try await Task.sleep(for: .milliseconds(50))
        #expect(process.isRunning)
        await api.stop()
    }

    @Test("a response the API refuses as too large (413) is reported as an error, and the loop goes on")
    func refusedResponse() async throws {
        let api = try await FakeRuntimeAPI.start()
        var behaviour = FakeRuntimeAPI.Behaviour()
        behaviour.refuseResponsesOver = 100
        await api.behave(behaviour)
        let process = try Self.launch(api)
        defer { process.terminate() }
        await api.enqueue(connectEvent(["text": String(repeating: "x", count: 200)]), requestId: "big", deadline: Self.deadline)
        await api.enqueue(connectEvent(["text": "small"]), requestId: "small", deadline: Self.deadline)
        let records = await api.records(count: 2)
        await api.stop()
        guard case .error("big", "Function.ResponseSizeTooLarge", _) = records[0] else { Issue.record("\(records[0])"); return }
        #expect(records[1] == .response(requestId: "small", body: Data(#"{"text":"small"}"#.utf8)))
    }

    @Test("an event without a deadline is answered with an error on its request id, and the loop goes on")
    func invalidInvocation() async throws {
        let api = try await FakeRuntimeAPI.start()
        let process = try Self.launch(api)
        defer { process.terminate() }
        await api.enqueue(connectEvent(["text": "a"]), requestId: "no-deadline", deadline: nil)
        await api.enqueue(connectEvent(["text": "b"]), requestId: "fine", deadline: Self.deadline)
        let records = await api.records(count: 2)
        await api.stop()
        guard case .error("no-deadline", "Runtime.InvalidInvocation", _) = records[0] else { Issue.record("\(records[0])"); return }
        #expect(records[1] == .response(requestId: "fine", body: Data(#"{"text":"b"}"#.utf8)))
    }

    @Test("a container error (500) from the API ends the process, as the API asks")
    func containerError() async throws {
        let api = try await FakeRuntimeAPI.start()
        var behaviour = FakeRuntimeAPI.Behaviour()
        behaviour.failNext = true
        await api.behave(behaviour)
        let process = try Self.launch(api)
        #expect(await LambdaProcessTests.waitForExit(process) == 1)
        #expect(await api.nextRequestTimes.count == 1)
        await api.stop()
    }
}
