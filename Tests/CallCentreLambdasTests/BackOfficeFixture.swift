import BackOffice
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaTestSupport

/// One local server standing in for every back-office system, and the handlers' view of it.
struct BackOfficeFixture {
    let server: LocalHTTPServer
    let systems: BackOfficeSystems
    let logs = CapturedLogs()

    /// A server answering each request with `answer`; every system's URL points at it.
    /// `environment` adds to the functions' environment (moto's endpoint, a table).
    static func start(apiKey: String? = "test-key", environment extra: [String: String] = [:],
                      _ answer: @escaping @Sendable (LocalHTTPServer.Request) async -> LocalHTTPServer.Response)
        async throws -> BackOfficeFixture
    {
        let server = try await LocalHTTPServer.start(answer)
        var environment = extra
        for name in ["CRM", "BILLING", "PAYMENTS", "NETWORK", "ORDERS", "IDENTITY", "CALENDAR"] {
            environment["\(name)_API_URL"] = server.url + "/\(name.lowercased())"
            if let apiKey { environment["\(name)_API_KEY"] = apiKey }
        }
        return BackOfficeFixture(server: server, systems: BackOfficeSystems(environment: environment))
    }

    /// An invocation for contact `c-42` with `seconds` left (a minute: time is not what these
    /// tests are about, and a loaded machine must not make a call time out).
    func context(seconds: Double = 60) -> InvocationContext {
        InvocationContext(requestId: "req-1", deadline: Date().addingTimeInterval(seconds),
                          contact: ContactData(contactId: "c-42"), logger: logs.logger)
    }
}

/// Log lines a handler wrote.
final class CapturedLogs: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var all: String { lock.withLock { lines.joined(separator: "\n") } }

    var logger: LambdaLogger {
        LambdaLogger(requestId: "req-1", minimumLevel: .debug, write: { [self] line in lock.withLock { lines.append(line) } })
    }
}

/// 2026-06-30 23:30 UTC: already 1 July in London (BST).
let midsummerNight = Date(timeIntervalSince1970: 1_782_862_200)
