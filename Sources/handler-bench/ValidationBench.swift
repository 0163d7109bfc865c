import AWSClients
import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport

/// Warm account-validation invocations answered from a fresh cached profile, on moto.
enum ValidationBench {
    struct Result {
        var median: Double, p95: Double, count: Int
    }

    /// Nil when moto is not installed.
    static func run(invocations: Int) async throws -> Result? {
        guard MotoServer.isInstalled else { return nil }
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        try await dynamo.createTable("profiles", key: "lookupKey")
        let now = Int(Date().timeIntervalSince1970)
        try await dynamo.putItem(table: "profiles", item: [
            "lookupKey": .string("account#12345678"), "customerId": .string("C-1"), "firstName": .string("Ada"), "tier": .string("gold"),
            "cachedAt": .number(String(now)), "expiresAt": .number(String(now + 86_400)),
        ], deadline: Date().addingTimeInterval(10))
        // The CRM is never reached on a cache hit: its address is a closed port.
        let environment = moto.environment.merging(["PROFILE_TABLE": "profiles", "CRM_API_URL": "http://127.0.0.1:9/crm"]) { $1 }
        let handler = AccountValidationHandler(systems: BackOfficeSystems(environment: environment))
        var durations: [Double] = []
        for index in 0...invocations {
            let context = InvocationContext(requestId: "r\(index)", deadline: Date().addingTimeInterval(8), contact: ContactData(contactId: "c"),
                                            logger: LambdaLogger(minimumLevel: .error))
            let start = ContinuousClock.now
            let output = try await handler.handle(.init(accountNumber: "12345678"), context: context)
            guard output.found, output.customerId == "C-1" else { throw BenchFailure("not answered from the cache") }
            if index > 0 { durations.append((ContinuousClock.now - start).timeInterval) }    // the first warms the process
        }
        durations.sort()
        return Result(median: durations[durations.count / 2], p95: durations[durations.count * 95 / 100], count: durations.count)
    }
}
