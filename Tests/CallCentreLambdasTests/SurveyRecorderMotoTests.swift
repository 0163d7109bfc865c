import AWSClients
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaEvents
import LambdaTestSupport
import Testing

/// survey-recorder against moto's DynamoDB and SQS: the item written, a second recording of the
/// same contact refused by the condition, the replay queue used when the table is missing.
@Suite("Survey recorder on moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized)
struct SurveyRecorderMotoTests {
    static func call(_ client: AWSClient, _ operation: String, _ body: String) async throws -> [String: Any] {
        let answer = try await client.call(operation, Data(body.utf8), deadline: Date().addingTimeInterval(10))
        return (try JSONSerialization.jsonObject(with: answer) as? [String: Any]) ?? [:]
    }

    static func context() -> InvocationContext {
        InvocationContext(requestId: "r", deadline: Date().addingTimeInterval(60), contact: ContactData(contactId: "c-1"))
    }

    @Test("stored once under its condition; queued for replay when the table is missing")
    func storedAndQueued() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        try await dynamo.createTable("surveys", key: "contactId")
        let sqs = try SQS.fromEnvironment(moto.environment)
        let queueURL = try #require(try await Self.call(sqs.client, "CreateQueue", #"{"QueueName": "survey-replay"}"#)["QueueUrl"] as? String)
        var environment = moto.environment
        environment["SURVEY_TABLE"] = "surveys"
        environment["SURVEY_REPLAY_QUEUE_URL"] = queueURL

        let handler = SurveyRecorderHandler(environment: environment)
        #expect(try await handler.handle(.init(contactId: "c-1", q1: "5", q2: "3", q3: "", q4: "", q5: ""), context: Self.context()).recorded)
        #expect(try await handler.handle(.init(contactId: "c-1", q1: "1", q2: "1", q3: "1", q4: "", q5: ""), context: Self.context()).recorded)
        let item = try await dynamo.getItem(table: "surveys", key: ["contactId": .string("c-1")], deadline: Date().addingTimeInterval(5))
        #expect(item?["q1"] == .string("5") && item?["q2"] == .string("3") && item?["q3"] == nil)

        environment["SURVEY_TABLE"] = "missing"
        #expect(try await SurveyRecorderHandler(environment: environment)
            .handle(.init(contactId: "c-2", q1: "4", q2: "", q3: "", q4: "", q5: ""), context: Self.context()).recorded)
        let received = try await Self.call(sqs.client, "ReceiveMessage", #"{"QueueUrl": "\#(queueURL)", "MaxNumberOfMessages": 10}"#)
        let bodies = (received["Messages"] as? [[String: Any]] ?? []).compactMap { $0["Body"] as? String }
        #expect(bodies.count == 1 && bodies[0].contains(#""contactId":"c-2""#) && bodies[0].contains(#""q1":"4""#))
    }

    @Test("replay: queued surveys stored once, a duplicate and an already stored one done, a poison message left to fail")
    func replay() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        try await dynamo.createTable("surveys", key: "contactId")
        try await dynamo.putItem(table: "surveys", item: ["contactId": .string("c-1"), "q1": .string("5")], deadline: Date().addingTimeInterval(5))
        let queued = #"{"contactId":"c-5","q1":"2","recordedAt":"2026-12-01T08:00:00Z","source":"ivr"}"#
        let event = SQSEvent.Event(records: [
            .init(messageId: "m1", body: queued), .init(messageId: "m2", body: queued),
            .init(messageId: "m3", body: #"{"contactId":"c-1","q1":"1","source":"ivr"}"#),
            .init(messageId: "m4", body: "not a survey"), .init(messageId: "m5", body: #"{"q1":"3"}"#),
        ])
        var environment = moto.environment
        environment["SURVEY_TABLE"] = "surveys"
        let context = EventContext(requestId: "r", deadline: Date().addingTimeInterval(60))
        let failures = try await SurveyReplayHandler(environment: environment).handle(event, context: context)
        #expect(failures == BatchItemFailures(["m4", "m5"]))
        let stored = try await dynamo.getItem(table: "surveys", key: ["contactId": .string("c-5")], deadline: Date().addingTimeInterval(5))
        #expect(stored?["q1"] == .string("2") && stored?["replayed"] == .bool(true) && stored?["recordedAt"] == .string("2026-12-01T08:00:00Z"))
        let untouched = try await dynamo.getItem(table: "surveys", key: ["contactId": .string("c-1")], deadline: Date().addingTimeInterval(5))
        #expect(untouched?["q1"] == .string("5"))

        environment["SURVEY_TABLE"] = "missing"
        let stillQueued = try await SurveyReplayHandler(environment: environment).handle(event, context: context)
        #expect(stillQueued == BatchItemFailures(["m1", "m2", "m3", "m4", "m5"]))
    }
}
