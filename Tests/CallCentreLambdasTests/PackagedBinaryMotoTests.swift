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

    static func call(_ client: AWSJSONClient, _ operation: String, _ body: String) async throws -> [String: Any] {
        let answer = try await client.call(operation, Data(body.utf8), deadline: Date().addingTimeInterval(10))
        return (try JSONSerialization.jsonObject(with: answer) as? [String: Any]) ?? [:]
    }

    @Test("survey-replay: a queued survey stored, a poison message named in batchItemFailures")
    func surveyReplay() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        _ = try await Self.call(dynamo.client, "CreateTable", """
            {"TableName": "surveys", "KeySchema": [{"AttributeName": "contactId", "KeyType": "HASH"}],
             "AttributeDefinitions": [{"AttributeName": "contactId", "AttributeType": "S"}], "BillingMode": "PAY_PER_REQUEST"}
            """)
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

        let api = try await FakeRuntimeAPI.start()
        let process = Process()
        process.executableURL = Self.binary
        process.environment = moto.environment.merging([
            "AWS_LAMBDA_RUNTIME_API": api.address, "_HANDLER": "survey-replay", "SURVEY_TABLE": "surveys", "PATH": "/usr/bin:/bin",
        ]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        await api.enqueue(event, requestId: "r1", deadline: Date().addingTimeInterval(30))
        let records = await api.records(count: 1)
        await api.stop()
        #expect(records == [.response(requestId: "r1", body: Data(#"{"batchItemFailures":[{"itemIdentifier":"\#(poisonId)"}]}"#.utf8))])
        let stored = try await dynamo.getItem(table: "surveys", key: ["contactId": .string("c-7")], deadline: Date().addingTimeInterval(5))
        #expect(stored?["q1"] == .string("3"))
    }
}
