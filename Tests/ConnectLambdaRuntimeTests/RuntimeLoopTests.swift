import ConnectLambdaModels
@testable import ConnectLambdaRuntime
import Foundation
import LambdaTestSupport
import Testing

/// The runtime loop against a local Runtime API: what it answers, what it reports as errors,
/// and that it goes on after each.
@Suite("Runtime loop", .serialized, .timeLimit(.minutes(1)))
struct RuntimeLoopTests {
    /// Serves `count` invocations of `handler` from `api` in the background.
    static func serve(_ handler: AnyConnectHandler, _ api: FakeRuntimeAPI, count: Int, clock: any RuntimeClock = SystemClock(),
                      logs: LogLines = LogLines()) -> Task<Void, any Error> {
        Task {
            let runtime = LambdaRuntime(handler: handler, clock: clock, logger: logs.logger)
            try await HTTPRuntimeAPI.withConnection(to: RuntimeAPIAddress(api.address)!) { connection in
                try await runtime.serve(&connection, limit: count)
            }
        }
    }

    static let greet = AnyConnectHandler(Greet.self) { input, context in
        guard input.text != "fail" else { throw GreetingFailed() }
        context.logger.info("greeting", ["text": input.text, "trace": ProcessInfo.processInfo.environment["_X_AMZN_TRACE_ID"] ?? "none"])
        return Greet.Output(text: "hello \(input.text) from \(context.contact.contactId)")
    }

    @Test("answers, reports a handler's error, a broken contract and an event that is not Connect's, and goes on")
    func answersAndErrors() async throws {
        let api = try await FakeRuntimeAPI.start()
        let logs = LogLines()
        let loop = Self.serve(Self.greet, api, count: 5, logs: logs)
        let deadline = Date().addingTimeInterval(60)
        await api.enqueue(connectEvent(["text": "ann"]), requestId: "r1", deadline: deadline, traceId: "Root=1-abc")
        await api.enqueue(connectEvent(["text": "fail"]), requestId: "r2", deadline: deadline)
        await api.enqueue(connectEvent([:]), requestId: "r3", deadline: deadline)
        await api.enqueue(Data("not json".utf8), requestId: "r4", deadline: deadline)
        await api.enqueue(connectEvent(["text": "bob"]), requestId: "r5", deadline: deadline)
        let records = await api.records(count: 5)
        try await loop.value
        await api.stop()

        #expect(records[0] == .response(requestId: "r1", body: Data(#"{"text":"hello ann from c-1"}"#.utf8)))
        #expect(records[1] == .error(requestId: "r2", errorType: "GreetingFailed",
                                     body: Data(#"{"errorMessage":"the greeting service is down","errorType":"GreetingFailed"}"#.utf8)))
        guard case .error("r3", "ContractError", let contract) = records[2] else { Issue.record("\(records[2])"); return }
        #expect(String(decoding: contract, as: UTF8.self).contains("the flow passed no parameter 'text'"))
        guard case .error("r4", "InvalidEventDataException", let invalid) = records[3] else { Issue.record("\(records[3])"); return }
        #expect(String(decoding: invalid, as: UTF8.self).contains("not an Amazon Connect contact-flow event"))
        #expect(records[4] == .response(requestId: "r5", body: Data(#"{"text":"hello bob from c-1"}"#.utf8)))
        let greeting = try #require(logs.all.first { $0.contains("\"greeting\"") })
        #expect(greeting.contains(#""requestId":"r1""#) && greeting.contains(#""level":"INFO""#) && greeting.contains(#""text":"ann""#))
        #expect(greeting.contains(#""trace":"Root=1-abc""#))
        #expect(logs.all.last { $0.contains("\"greeting\"") }?.contains(#""trace":"none""#) == true, "a later invocation without a trace id")
    }

    @Test("a handler past its deadline is reported as an error, and the loop goes on while it is stuck")
    func deadline() async throws {
        let api = try await FakeRuntimeAPI.start()
        let clock = ManualClock()
        let (started, startedSignal) = AsyncStream<Void>.makeStream()
        let (release, releaseSignal) = AsyncStream<Void>.makeStream()
        let stuck = AnyConnectHandler(Greet.self) { input, _ in
            guard input.text == "stuck" else { return Greet.Output(text: input.text) }
            startedSignal.yield()
            for await _ in release { break }  // ignores cancellation until the test lets it go
            return Greet.Output(text: "too late")
        }
        let loop = Self.serve(stuck, api, count: 2, clock: clock)
        await api.enqueue(connectEvent(["text": "stuck"]), requestId: "slow", deadline: clock.now.addingTimeInterval(3))
        for await _ in started { break }
        while clock.sleeperCount == 0 { await Task.yield() }
        clock.advance(by: 2.9)
        await api.enqueue(connectEvent(["text": "quick"]), requestId: "quick", deadline: clock.now.addingTimeInterval(3))
        clock.advance(by: 0.2)
        let records = await api.records(count: 2)
        try await loop.value
        releaseSignal.finish()
        await api.stop()
        guard case .error("slow", "DeadlineExceeded", let body) = records[0] else { Issue.record("\(records[0])"); return }
        #expect(String(decoding: body, as: UTF8.self).contains("did not answer before the invocation's deadline"))
        #expect(records[1] == .response(requestId: "quick", body: Data(#"{"text":"quick"}"#.utf8)))
    }

    @Test("a handler's time ends when Connect stops waiting, or just before Lambda's deadline, whichever is first")
    func connectTimeout() async throws {
        let clock = ManualClock()
        let (seen, seenSignal) = AsyncStream<Date>.makeStream()
        let (release, releaseSignal) = AsyncStream<Void>.makeStream()
        let patient = AnyConnectHandler(QuickGreet.self) { input, context in
            seenSignal.yield(context.deadline)
            for await _ in release { break }
            return Greet.Output(text: input.text)
        }
        let runtime = LambdaRuntime(handler: patient, clock: clock, logger: LogLines().logger)
        let start = clock.now
        let answer = Task { await runtime.answer(Invocation(requestId: "r", deadline: start.addingTimeInterval(60), body: connectEvent(["text": "a"]))) }
        var iterator = seen.makeAsyncIterator()
        #expect(await iterator.next() == start.addingTimeInterval(3))
        while clock.sleeperCount == 0 { await Task.yield() }
        clock.advance(by: 3)
        guard case .failure(let error) = await answer.value else { Issue.record("answered"); return }
        #expect(error.type == "DeadlineExceeded")
        releaseSignal.finish()

        let lambdaFirst = LambdaRuntime(handler: patient, clock: clock, logger: LogLines().logger)
        #expect(lambdaFirst.effectiveDeadline(Invocation(requestId: "s", deadline: clock.now.addingTimeInterval(1), body: Data()),
                                              connectTimeout: .seconds(3))
            == clock.now.addingTimeInterval(1 - LambdaRuntime.reportingMargin))
    }

    @Test("a string map over Connect's 32 KB is an error, as Connect would take its error branch anyway")
    func overConnectsLimit() async throws {
        let large = AnyConnectHandler(Greet.self) { _, _ in Greet.Output(text: String(repeating: "x", count: 40 * 1024)) }
        let outcome = await LambdaRuntime(handler: large, logger: LogLines().logger)
            .answer(Invocation(requestId: "large", deadline: Date().addingTimeInterval(60), body: connectEvent(["text": "a"])))
        guard case .failure(let error) = outcome else { Issue.record("answered"); return }
        #expect(error.type == "Function.ResponseTooLargeForConnect")
    }

    @Test("a response over Lambda's 6 MB is an error, not a post Lambda would refuse")
    func tooLarge() async throws {
        let big = AnyConnectHandler(JSONGreet.self) { _, _ in JSONGreet.Output(text: String(repeating: "x", count: LambdaError.maximumResponseBytes)) }
        let outcome = await LambdaRuntime(handler: big, logger: LogLines().logger)
            .answer(Invocation(requestId: "big", deadline: Date().addingTimeInterval(60), body: connectEvent(["text": "a"])))
        guard case .failure(let error) = outcome else { Issue.record("answered"); return }
        #expect(error.type == "Function.ResponseSizeTooLarge")
    }
}
