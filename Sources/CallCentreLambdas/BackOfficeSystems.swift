import BackOffice
import Foundation

/// The back-office systems the call centre's functions front, as each function's environment
/// configures them (`CRM_API_URL`, `CRM_API_KEY_SECRET_ARN`, …): a function is given only the systems it
/// calls, so a system is looked up when a handler first needs it and a missing one is that
/// invocation's error, naming the variable.
public struct BackOfficeSystems: Sendable {
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Customers, accounts and retention offers.
    func crm() async throws -> BackOfficeClient { try await client("CRM") }
    /// Balances and payments received.
    func billing() async throws -> BackOfficeClient { try await client("BILLING") }
    /// The card payment provider.
    func payments() async throws -> BackOfficeClient { try await client("PAYMENTS") }
    /// Lines, SIMs, outages and fault tickets.
    func network() async throws -> BackOfficeClient { try await client("NETWORK") }
    /// Orders and deliveries.
    func orders() async throws -> BackOfficeClient { try await client("ORDERS") }
    /// Accounts' sign-in: password resets.
    func identity() async throws -> BackOfficeClient { try await client("IDENTITY") }
    /// Public holidays by region.
    func calendar() async throws -> BackOfficeClient { try await client("CALENDAR") }

    /// Customers, through the profile cache when the function has one (`CustomerDirectory`).
    func customers(now: @escaping @Sendable () -> Date = { Date() }) -> CustomerDirectory {
        CustomerDirectory(systems: self, environment: environment, now: now)
    }

    /// The country code for national numbers callers type (`DEFAULT_COUNTRY_CODE`, else 44).
    var defaultCountryCode: String { environment["DEFAULT_COUNTRY_CODE"] ?? "44" }

    private func client(_ name: String) async throws -> BackOfficeClient {
        BackOfficeClient(try await BackOfficeSystem.named(name, environment: environment))
    }
}
