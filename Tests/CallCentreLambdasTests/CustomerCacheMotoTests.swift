import AWSClients
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport
import Synchronization
import Testing

/// customer-lookup and account-validation with the profile cache on moto's DynamoDB: a fresh
/// profile answers without a call, a day-old one when the CRM is down, an older one never.
@Suite("Customer profile cache on moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized)
struct CustomerCacheMotoTests {
    static func profiles(_ moto: MotoServer) async throws -> DynamoDB {
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        try await dynamo.createTable("profiles", key: "lookupKey")
        return dynamo
    }

    @Test("the CRM's answer is cached for a day; within five minutes the cache answers without a call")
    func cached() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try await Self.profiles(moto)
        let fixture = try await BackOfficeFixture.start(environment: moto.environment.merging(["PROFILE_TABLE": "profiles"]) { $1 }) { _ in
            .init(json: #"{"found": true, "customerId": "C-1", "firstName": "Ada", "tier": "gold"}"#)
        }
        let handler = CustomerLookupHandler(systems: fixture.systems)
        let first = try await handler.handle(.init(phone: "07700 900123"), context: fixture.context())
        let second = try await handler.handle(.init(phone: "+447700900123"), context: fixture.context())
        #expect(first.response == second.response && first.customerId == "C-1" && second.firstName == "Ada")
        #expect(await fixture.server.requests.count == 1, "the second lookup was answered from the cache")
        let item = try #require(try await dynamo.getItem(table: "profiles", key: ["lookupKey": .string("phone#+447700900123")],
                                                         deadline: Date().addingTimeInterval(5)))
        guard case .number(let cachedAt)? = item["cachedAt"], case .number(let expiresAt)? = item["expiresAt"] else {
            Issue.record("\(item)")
            return
        }
        #expect(Int(expiresAt)! - Int(cachedAt)! == 86_400)
    }

    @Test("the CRM down: an hour-old profile answers; a two-day-old one does not, and the error stands")
    func crmDown() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try await Self.profiles(moto)
        let now = Int(Date().timeIntervalSince1970)
        for (account, age) in [("12345678", 3_600), ("87654321", 172_800)] {
            try await dynamo.putItem(table: "profiles", item: [
                "lookupKey": .string("account#\(account)"), "customerId": .string("C-\(account)"), "firstName": .string("Bo"),
                "cachedAt": .number(String(now - age)), "expiresAt": .number(String(now - age + 86_400)),
            ], deadline: Date().addingTimeInterval(5))
        }
        let fixture = try await BackOfficeFixture.start(environment: moto.environment.merging(["PROFILE_TABLE": "profiles"]) { $1 }) { _ in
            .init(status: 503, json: #"{"code": "maintenance"}"#)
        }
        let handler = AccountValidationHandler(systems: fixture.systems)
        let recent = try await handler.handle(.init(accountNumber: "12345678"), context: fixture.context())
        #expect(recent.found && recent.customerId == "C-12345678")
        #expect(fixture.logs.all.contains("answering from the cache"))
        await #expect(throws: (any Error).self) { try await handler.handle(.init(accountNumber: "87654321"), context: fixture.context()) }
    }

    @Test("'not found' is never cached")
    func notFound() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try await Self.profiles(moto)
        let fixture = try await BackOfficeFixture.start(environment: moto.environment.merging(["PROFILE_TABLE": "profiles"]) { $1 }) { _ in
            .init(json: #"{"found": false}"#)
        }
        #expect(try await !AccountValidationHandler(systems: fixture.systems).handle(.init(accountNumber: "11112222"), context: fixture.context()).found)
        #expect(try await dynamo.getItem(table: "profiles", key: ["lookupKey": .string("account#11112222")], deadline: Date().addingTimeInterval(5)) == nil)
    }
}
