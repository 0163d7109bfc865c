import ConnectLambdaModels
import LambdaContracts

/// `customer-lookup`: finds the caller in the CRM by the number they call from.
///
/// CRM contract: `POST /customers/lookup` with `{"phone": "+447700900123"}` (E.164) answers
/// `{"found": true, "customerId": "…", "firstName": "…", "tier": "…"}`, or `{"found": false}`.
/// A number that is not one (a withheld caller) is "not found" without a call. Profiles are
/// cached (`CustomerDirectory`).
public struct CustomerLookupHandler: CustomerLookup.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: CustomerLookup.Input, context: InvocationContext) async throws -> CustomerLookup.Output {
        guard let phone = PhoneNumber.e164(input.phone, defaultCountryCode: systems.defaultCountryCode) else {
            context.logger.info("not a phone number; nobody to look up")
            return CustomerLookup.Output(customer: .notFound)
        }
        let customer = try await systems.customers().find("phone#\(phone)", context: context) { budget in
            try await systems.crm().post(["customers", "lookup"], ["phone": phone], within: budget)
        }
        return CustomerLookup.Output(customer: customer)
    }
}

/// The CRM's answer about a customer, for lookups and account validation alike.
struct CustomerAnswer: Decodable {
    var found: Bool
    var customerId: String?
    var firstName: String?
    var tier: String?

    static let notFound = CustomerAnswer(found: false)
}

extension CustomerLookup.Output {
    init(customer: CustomerAnswer) {
        self.init(found: customer.found, customerId: customer.customerId ?? "", firstName: customer.firstName ?? "",
                  tier: customer.tier ?? "")
    }
}
