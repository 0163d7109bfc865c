import AWSClients
import Foundation
import LambdaEvents
import LambdaTestSupport
import PostgresNIO
import ReportingStore
import Testing

/// The summary writer against a real PostgreSQL server (Debian's, started for the test) and moto's
/// Secrets Manager for the credentials, as RDS manages them.
@Suite("Summary writer on PostgreSQL", .enabled(if: PostgresServer.isInstalled && MotoServer.isInstalled,
                                                 "PostgreSQL and moto_server are installed by .ci/run"), .serialized)
struct SummaryWriterTests {
    typealias Stream = DynamoDBStreamEvent<[String: AttributeValue]>

    static func record(_ name: String, _ sequence: String, _ image: [String: AttributeValue]?) -> Stream.Record {
        Stream.Record(eventName: name, dynamodb: .init(keys: ["contactId": .string("c")], newImage: image, sequenceNumber: sequence))
    }

    static func session(_ contact: String, _ state: String, _ time: String, agent: String? = nil) -> [String: AttributeValue] {
        var image: [String: AttributeValue] = ["contactId": .string(contact), "state": .string(state), "lastEventAt": .string(time),
                                               "channel": .string("VOICE")]
        if let agent { image["agentArn"] = .string(agent) }
        return image
    }

    @Test("the store keeps each contact's latest summary: older and replayed writes change nothing")
    func store() async throws {
        let postgres = try await PostgresServer.start()
        defer { postgres.stop() }
        let configuration = PostgresConnection.Configuration(host: "127.0.0.1", port: postgres.port, username: postgres.username,
                                                             password: postgres.password, database: postgres.database, tls: .disable)
        let at = { (seconds: TimeInterval) in Date(timeIntervalSince1970: 1_796_112_000 + seconds) }
        try await SummaryStore.withStore(configuration) { store in
            #expect(try await store.record(ContactSummary(contactId: "c-1", state: "QUEUED", lastEventAt: at(20), queueArn: "arn:queue/billing")))
            #expect(try await store.record(ContactSummary(contactId: "c-1", state: "CONNECTED_TO_AGENT", lastEventAt: at(60), agentArn: "arn:agent/a")))
            #expect(try await !store.record(ContactSummary(contactId: "c-1", state: "INITIATED", lastEventAt: at(0))), "an older event")
            let latest = try await store.summary(of: "c-1")
            #expect(latest == ContactSummary(contactId: "c-1", state: "CONNECTED_TO_AGENT", lastEventAt: at(60), queueArn: "arn:queue/billing",
                                             agentArn: "arn:agent/a"), "what the newer event did not say is kept")
            #expect(try await store.summary(of: "c-2") == nil)
        }
    }

    @Test("the handler writes new and changed sessions, skips what is not one, and keeps rows whose session expired")
    func handler() async throws {
        let postgres = try await PostgresServer.start()
        defer { postgres.stop() }
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let secrets = try SecretsManager.fromEnvironment(moto.environment)
        let created = try await secrets.client.call("CreateSecret", Data("""
            {"Name": "rds-reporting", "SecretString": "{\\"username\\": \\"\(postgres.username)\\", \\"password\\": \\"\(postgres.password)\\"}"}
            """.utf8), deadline: Date().addingTimeInterval(10))
        let arn = try #require((try JSONSerialization.jsonObject(with: created) as? [String: Any])?["ARN"] as? String)
        let environment = moto.environment.merging(["DB_HOST": "127.0.0.1", "DB_PORT": String(postgres.port), "DB_NAME": postgres.database,
                                                    "DB_SECRET_ARN": arn, "DB_TLS": "disable"]) { $1 }
        let writer = SummaryWriterHandler(environment: environment)
        let context = EventContext(requestId: "r", deadline: Date().addingTimeInterval(60))
        let batch = Stream.Event(records: [
            Self.record("INSERT", "1", Self.session("c-1", "QUEUED", "2026-12-01T08:00:20Z")),
            Self.record("MODIFY", "2", Self.session("c-1", "DISCONNECTED", "2026-12-01T08:06:00Z", agent: "arn:agent/a")),
            Self.record("MODIFY", "3", Self.session("c-1", "CONNECTED_TO_AGENT", "2026-12-01T08:01:00Z")),
            Self.record("INSERT", "4", ["contactId": .string("c-2")]),
            Self.record("REMOVE", "5", nil),
        ])
        #expect(try await writer.handle(batch, context: context) == BatchItemFailures([]))
        #expect(try await writer.handle(batch, context: context) == BatchItemFailures([]), "a replayed batch")

        let configuration = PostgresConnection.Configuration(host: "127.0.0.1", port: postgres.port, username: postgres.username,
                                                             password: postgres.password, database: postgres.database, tls: .disable)
        let summary = try await SummaryStore.withStore(configuration) { try await $0.summary(of: "c-1") }
        #expect(summary?.state == "DISCONNECTED" && summary?.agentArn == "arn:agent/a")

        postgres.stop()
        let failures = try await writer.handle(batch, context: context)
        #expect(failures == BatchItemFailures(["1", "2", "3"]), "the store down: every session from the first is retried, in order")
    }
}
