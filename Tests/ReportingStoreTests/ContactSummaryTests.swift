import AWSClients
import Foundation
import LambdaEvents
import Testing
@testable import ReportingStore

@Suite("Contact summaries and the store's settings")
struct ContactSummaryTests {
    @Test("a session item becomes a summary; an item without contact, state or a valid time is refused")
    func fromSession() throws {
        let session: [String: AttributeValue] = [
            "contactId": .string("c-1"), "state": .string("CONNECTED_TO_AGENT"), "lastEventAt": .string("2026-12-01T08:01:00Z"),
            "channel": .string("VOICE"), "agentArn": .string("arn:agent/a"), "expiresAt": .number("1803888060"), "queueArn": .string(""),
        ]
        let summary = try ContactSummary(session: session)
        #expect(summary == ContactSummary(contactId: "c-1", state: "CONNECTED_TO_AGENT", lastEventAt: Date(timeIntervalSince1970: 1_796_112_060),
                                          channel: "VOICE", agentArn: "arn:agent/a"))
        #expect(try ContactSummary(session: session.merging(["lastEventAt": .string("2026-12-01T08:01:00.250Z")]) { $1 }).lastEventAt
                == Date(timeIntervalSince1970: 1_796_112_060.25))
        for broken in [session.filter { $0.key != "contactId" }, session.filter { $0.key != "state" },
                       session.merging(["lastEventAt": .string("yesterday")]) { $1 }, session.merging(["state": .number("1")]) { $1 }] {
            #expect(throws: InvalidEvent.self) { try ContactSummary(session: broken) }
        }
    }

    @Test("settings: host, database and secret are required; the port is a port; TLS is verify, encrypt or disable")
    func settings() throws {
        let good = ["DB_HOST": "db.internal", "DB_NAME": "reporting", "DB_SECRET_ARN": "arn:aws:secretsmanager:eu-west-2:1:secret:db"]
        let settings = try DatabaseSettings(good)
        #expect(settings.port == 5432 && settings.tls == .verify && settings.caBundle == nil)
        #expect(try DatabaseSettings(good.merging(["DB_PORT": "6432", "DB_TLS": "encrypt"]) { $1 }).tls == .encrypt)
        for (name, value) in [("DB_HOST", ""), ("DB_NAME", ""), ("DB_SECRET_ARN", ""), ("DB_PORT", "0"), ("DB_PORT", "five"), ("DB_TLS", "maybe")] {
            #expect(throws: AWSError.self, "\(name)=\(value)") { try DatabaseSettings(good.merging([name: value]) { $1 }) }
        }
        #expect(throws: AWSError.self) { try DatabaseCredentials.read(#"{"username": "u"}"#) }
        #expect(try DatabaseCredentials.read(#"{"username": "u", "password": "p", "engine": "postgres"}"#).password == "p")
    }
}
