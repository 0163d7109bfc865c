import BackOffice
import Foundation

/// The back-office systems the call centre's functions front, as each function's environment
/// configures them (`CRM_API_URL`, `CRM_API_KEY`, …): a function is given only the systems it
/// calls, so a system is looked up when a handler first needs it and a missing one is that
/// invocation's error, naming the variable.
public struct BackOfficeSystems: Sendable {
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Customers, accounts and retention offers.
    func crm() throws -> BackOfficeClient { try client("CRM") }
    /// Balances and payments received.
    func billing() throws -> BackOfficeClient { try client("BILLING") }
    /// The card payment provider.
    func payments() throws -> BackOfficeClient { try client("PAYMENTS") }
    /// Lines, SIMs, outages and fault tickets.
    func network() throws -> BackOfficeClient { try client("NETWORK") }
    /// Orders and deliveries.
    func orders() throws -> BackOfficeClient { try client("ORDERS") }
    /// Accounts' sign-in: password resets.
    func identity() throws -> BackOfficeClient { try client("IDENTITY") }
    /// Public holidays by region.
    func calendar() throws -> BackOfficeClient { try client("CALENDAR") }

    /// The country code for national numbers callers type (`DEFAULT_COUNTRY_CODE`, else 44).
    var defaultCountryCode: String { environment["DEFAULT_COUNTRY_CODE"] ?? "44" }

    private func client(_ name: String) throws -> BackOfficeClient {
        BackOfficeClient(try BackOfficeSystem.named(name, environment: environment))
    }
}
