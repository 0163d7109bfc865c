import AWSClients
@testable import ContactDataLambdas
import Foundation
import LambdaEvents
import LambdaTestSupport
import Testing

/// The contact-event consumer against moto's DynamoDB: a timeline with each event once, a
/// session that ends in its latest state whatever the order, a poison message failed alone.
@Suite("Contact-event consumer on moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized)
struct ContactEventConsumerMotoTests {
    static func event(_ id: String, _ type: String, _ time: String, agent: String? = nil) -> String {
        let agentInfo = agent.map { #", "agentInfo": {"agentArn": "\#($0)"}"# } ?? ""
        return """
            {"version": "0", "id": "\(id)", "detail-type": "Amazon Connect Contact Event", "source": "aws.connect",
             "account": "111122223333", "time": "\(time)", "region": "eu-west-2", "resources": [],
             "detail": {"eventType": "\(type)", "contactId": "c-1", "channel": "VOICE", "initiationMethod": "INBOUND",
                        "instanceArn": "arn:aws:connect:eu-west-2:111122223333:instance/i", "newField": {"x": 1}\(agentInfo)}}
            """
    }

    @Test("each event once in the timeline; the session in its latest state although events came out of order")
    func timeline() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        let deadline = Date().addingTimeInterval(10)
        try await dynamo.createTable("call-log", key: "contactId", sortKey: "event")
        try await dynamo.createTable("sessions", key: "contactId")
        let batch = SQSEvent.Event(records: [
            .init(messageId: "m1", body: Self.event("e1", "INITIATED", "2026-12-01T08:00:00Z")),
            .init(messageId: "m2", body: Self.event("e2", "QUEUED", "2026-12-01T08:00:20Z")),
            .init(messageId: "m3", body: Self.event("e2", "QUEUED", "2026-12-01T08:00:20Z")),
            .init(messageId: "m4", body: Self.event("e4", "DISCONNECTED", "2026-12-01T08:06:00Z")),
            .init(messageId: "m5", body: Self.event("e3", "CONNECTED_TO_AGENT", "2026-12-01T09:01:00+01:00", agent: "arn:agent/a")),
            .init(messageId: "m6", body: #"{"source": "aws.connect"}"#),
            .init(messageId: "m7", body: Self.event("e5", "A_TYPE_CONNECT_ADDS_LATER", "2026-12-01T07:59:59Z")),
        ])
        let environment = moto.environment.merging(["CALL_LOG_TABLE": "call-log", "SESSION_TABLE": "sessions", "RETENTION_DAYS": "7"]) { $1 }
        let context = EventContext(requestId: "r", deadline: Date().addingTimeInterval(60))
        let consumer = ContactEventConsumer(environment: environment)
        #expect(try await consumer.handle(batch, context: context) == BatchItemFailures(["m6"]))
        #expect(try await consumer.handle(batch, context: context) == BatchItemFailures(["m6"]), "a redelivered batch")

        let query = try await dynamo.client.call("Query", Data("""
            {"TableName": "call-log", "KeyConditionExpression": "contactId = :c", "ExpressionAttributeValues": {":c": {"S": "c-1"}}}
            """.utf8), deadline: deadline)
        struct Items: Decodable { var Items: [[String: AttributeValue]] }
        let timeline = try JSONDecoder().decode(Items.self, from: query).Items.compactMap { item -> String? in
            guard case .string(let type)? = item["eventType"], case .string(let time)? = item["time"] else { return nil }
            return "\(time) \(type)"
        }
        #expect(timeline == ["2026-12-01T07:59:59Z A_TYPE_CONNECT_ADDS_LATER", "2026-12-01T08:00:00Z INITIATED", "2026-12-01T08:00:20Z QUEUED",
                             "2026-12-01T08:01:00Z CONNECTED_TO_AGENT", "2026-12-01T08:06:00Z DISCONNECTED"])
        let session = try await dynamo.getItem(table: "sessions", key: ["contactId": .string("c-1")], deadline: deadline)
        #expect(session?["state"] == .string("DISCONNECTED") && session?["lastEventAt"] == .string("2026-12-01T08:06:00Z"))
        #expect(session?["agentArn"] == nil, "the older CONNECTED_TO_AGENT did not overwrite the session")
        // 2026-12-01T08:06:00Z is 1_796_112_360 s; seven days on, DynamoDB's TTL deletes it.
        #expect(session?["expiresAt"] == .number(String(1_796_112_360 + 7 * 86_400)))
    }

    @Test("a retention that is not a whole number of days from 1 to 3650 is refused before anything is written")
    func retention() throws {
        #expect(try ContactEventConsumer.retentionDays(nil) == 90)
        #expect(try ContactEventConsumer.retentionDays("30") == 30)
        for bad in ["0", "-1", "3651", "seven", "1.5"] {
            #expect(throws: AWSError.self) { try ContactEventConsumer.retentionDays(bad) }
        }
    }
}
