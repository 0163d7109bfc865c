import AWSClients
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport
import Testing

/// survey-recorder against a local stand-in for DynamoDB and SQS (told apart by `X-Amz-Target`):
/// stored once, never twice, queued when the table fails, never lost silently.
@Suite("Survey recorder")
struct SurveyRecorderTests {
    static let input = SurveyRecorder.Input(contactId: "c-42", q1: "5", q2: "4", q3: " ", q4: "", q5: "1")

    struct NoJitter: RandomSource { func next(upTo bound: UInt64) -> UInt64 { 0 } }

    static func record(table: LocalHTTPServer.Response, queue: LocalHTTPServer.Response = .init(json: #"{"MessageId": "m-1"}"#),
                       environment extra: [String: String] = [:]) async throws -> (Result<SurveyRecorder.Output, any Error>, [LocalHTTPServer.Request], String) {
        let server = try await LocalHTTPServer.start { request in
            request.headers["x-amz-target"]?.hasPrefix("AmazonSQS.") == true ? queue : table
        }
        let clock = StepClock()
        var environment = ["AWS_REGION": "eu-west-2", "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret",
                           "AWS_ENDPOINT_URL": server.url, "SURVEY_TABLE": "surveys", "SURVEY_REPLAY_QUEUE_URL": "\(server.url)/000000000000/survey-replay"]
        environment.merge(extra) { $1 }
        let logs = CapturedLogs()
        let context = InvocationContext(requestId: "r", deadline: clock.now.addingTimeInterval(60), contact: ContactData(contactId: "c-42"),
                                        logger: logs.logger, now: { clock.now })
        let handler = SurveyRecorderHandler(environment: environment, clock: clock, random: NoJitter())
        let result: Result<SurveyRecorder.Output, any Error>
        do { result = .success(try await handler.handle(Self.input, context: context)) } catch { result = .failure(error) }
        let requests = await server.requests
        await server.stop()
        return (result, requests, logs.all)
    }

    @Test("stored once: the answers given, under a condition that makes a retry harmless")
    func stored() async throws {
        let (result, requests, _) = try await Self.record(table: .init(json: "{}"))
        #expect(try result.get() == SurveyRecorder.Output(recorded: true))
        #expect(requests.count == 1 && requests[0].headers["x-amz-target"] == "DynamoDB_20120810.PutItem")
        #expect(requests[0].json == [
            "TableName": "surveys", "ConditionExpression": "attribute_not_exists(contactId)",
            "Item": ["contactId": ["S": "c-42"], "q1": ["S": "5"], "q2": ["S": "4"], "q5": ["S": "1"],
                     "recordedAt": ["S": "2027-01-15T08:00:00Z"], "source": ["S": "ivr"]],
        ])
    }

    @Test("a survey already stored (the condition fails) is recorded, not stored again, not queued")
    func alreadyStored() async throws {
        let (result, requests, logs) = try await Self.record(table: .init(status: 400, json:
            #"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}"#))
        #expect(try result.get().recorded)
        #expect(requests.count == 1)
        #expect(logs.contains("survey already stored"))
    }

    @Test("a table that keeps throttling: retried, then the answers are queued for replay")
    func queuedWhenTableFails() async throws {
        let (result, requests, _) = try await Self.record(table: .init(status: 400, json:
            #"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down"}"#))
        #expect(try result.get().recorded)
        #expect(requests.map { $0.headers["x-amz-target"]! } == Array(repeating: "DynamoDB_20120810.PutItem", count: 4) + ["AmazonSQS.SendMessage"])
        let message = try #require(requests.last?.json)
        #expect((message["QueueUrl"] as? String)?.hasSuffix("/000000000000/survey-replay") == true)
        #expect(message["MessageBody"] as? String
            == #"{"contactId":"c-42","q1":"5","q2":"4","q5":"1","recordedAt":"2027-01-15T08:00:00Z","source":"ivr"}"#)
    }

    @Test("neither stored nor queued: the handler fails, and the answers are in the error log")
    func lostNowhere() async throws {
        let (result, _, logs) = try await Self.record(table: .init(status: 500, json: "{}"), queue: .init(status: 500, json: "{}"))
        #expect(throws: AWSError.self) { try result.get() }
        #expect(logs.contains("survey neither stored nor queued") && logs.contains(#"\"q1\":\"5\""#))
    }

    @Test("a missing table name is not a lost survey: it is queued")
    func unconfiguredTable() async throws {
        let (result, requests, _) = try await Self.record(table: .init(json: "{}"), environment: ["SURVEY_TABLE": ""])
        #expect(try result.get().recorded)
        #expect(requests.map { $0.headers["x-amz-target"]! } == ["AmazonSQS.SendMessage"])
    }
}
