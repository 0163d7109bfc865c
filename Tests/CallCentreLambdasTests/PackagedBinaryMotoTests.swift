import AWSClients
import Foundation
import LambdaTestSupport
import Testing

/// The call centre's binary as Lambda runs it, under a local Runtime API, against moto: the
/// SQS batch Lambda would send for messages read back from a real queue, answered with the
/// partial batch response, the survey in the table.
@Suite("The packaged binary on moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized,
       .timeLimit(.minutes(2)))
struct PackagedBinaryMotoTests {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("call-centre-lambdas")

    static func call(_ client: AWSClient, _ operation: String, _ body: String) async throws -> [String: Any] {
        let answer = try await client.call(operation, Data(body.utf8), deadline: Date().addingTimeInterval(10))
        return (try JSONSerialization.jsonObject(with: answer) as? [String: Any]) ?? [:]
    }

    /// What the binary answered when serving `handler` for one event.
    static func invoke(_ handler: String, _ event: Data, environment: [String: String]) async throws -> [FakeRuntimeAPI.Record] {
        let api = try await FakeRuntimeAPI.start()
        let process = Process()
        process.executableURL = binary
        process.environment = environment.merging(["AWS_LAMBDA_RUNTIME_API": api.address, "_HANDLER": handler, "PATH": "/usr/bin:/bin"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        await api.enqueue(event, requestId: "r1", deadline: Date().addingTimeInterval(30))
        let records = await api.records(count: 1)
        await api.stop()
        return records
    }

    @Test("survey-replay: a queued survey stored, a poison message named in batchItemFailures")
    func surveyReplay() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        try await dynamo.createTable("surveys", key: "contactId")
        let sqs = try SQS.fromEnvironment(moto.environment)
        let queueURL = try #require(try await Self.call(sqs.client, "CreateQueue", #"{"QueueName": "survey-replay"}"#)["QueueUrl"] as? String)
        try await sqs.sendMessage(queueURL: queueURL, body: #"{"contactId":"c-7","q1":"3","source":"ivr"}"#, deadline: Date().addingTimeInterval(5))
        let poisonId = try await sqs.sendMessage(queueURL: queueURL, body: "{not json", deadline: Date().addingTimeInterval(5))
        let received = try await Self.call(sqs.client, "ReceiveMessage",
                                           #"{"QueueUrl": "\#(queueURL)", "MaxNumberOfMessages": 10, "AttributeNames": ["All"]}"#)
        let messages = (received["Messages"] as? [[String: Any]] ?? []).map { message -> [String: Any] in
            ["messageId": message["MessageId"] ?? "", "receiptHandle": message["ReceiptHandle"] ?? "", "body": message["Body"] ?? "",
             "attributes": message["Attributes"] ?? [:], "messageAttributes": [:] as [String: String], "md5OfBody": message["MD5OfBody"] ?? "",
             "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:eu-west-2:123456789012:survey-replay", "awsRegion": "eu-west-2"]
        }
        #expect(messages.count == 2)
        let event = try JSONSerialization.data(withJSONObject: ["Records": messages])

        let records = try await Self.invoke("survey-replay", event, environment: moto.environment.merging(["SURVEY_TABLE": "surveys"]) { $1 })
        #expect(records == [.response(requestId: "r1", body: Data(#"{"batchItemFailures":[{"itemIdentifier":"\#(poisonId)"}]}"#.utf8))])
        let stored = try await dynamo.getItem(table: "surveys", key: ["contactId": .string("c-7")], deadline: Date().addingTimeInterval(5))
        #expect(stored?["q1"] == .string("3"))
    }

    @Test("contact-record-cleansing and contact-event-consumer answer their services' events through the loop")
    func pipeline() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let record = Data(#"{"ContactId": "c-1", "Channel": "voice"}"#.utf8).base64EncodedString()
        let firehose = Data(#"{"invocationId": "i", "deliveryStreamArn": "arn:aws:firehose:eu-west-2:1:deliverystream/ctr", "region": "eu-west-2", "records": [{"recordId": "1", "approximateArrivalTimestamp": 1, "data": "\#(record)"}]}"#.utf8)
        let cleansed = try await Self.invoke("contact-record-cleansing", firehose, environment: moto.environment)
        let line = Data(#"{"channel":"VOICE","contact_id":"c-1"}"#.utf8 + [0x0A]).base64EncodedString()
        #expect(cleansed == [.response(requestId: "r1", body: Data(#"{"records":[{"data":"\#(line)","recordId":"1","result":"Ok"}]}"#.utf8))])

        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        try await dynamo.createTable("call-log", key: "contactId", sortKey: "event")
        try await dynamo.createTable("sessions", key: "contactId")
        let contactEvent = #"{"version":"0","id":"e1","detail-type":"Amazon Connect Contact Event","source":"aws.connect","account":"1","time":"2026-12-01T08:00:00Z","region":"eu-west-2","resources":[],"detail":{"eventType":"QUEUED","contactId":"c-1"}}"#
        let sqs = try JSONSerialization.data(withJSONObject: ["Records": [["messageId": "m1", "receiptHandle": "h", "body": contactEvent,
                                                                           "attributes": ["ApproximateReceiveCount": "1"], "eventSource": "aws:sqs"]]])
        let consumed = try await Self.invoke("contact-event-consumer", sqs,
                                             environment: moto.environment.merging(["CALL_LOG_TABLE": "call-log", "SESSION_TABLE": "sessions"]) { $1 })
        #expect(consumed == [.response(requestId: "r1", body: Data(#"{"batchItemFailures":[]}"#.utf8))])
        let session = try await dynamo.getItem(table: "sessions", key: ["contactId": .string("c-1")], deadline: Date().addingTimeInterval(5))
        #expect(session?["state"] == .string("QUEUED"))
    }
}
