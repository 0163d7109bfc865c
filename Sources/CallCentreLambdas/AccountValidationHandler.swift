import ConnectLambdaModels
import LambdaContracts

/// `account-validation`: checks an account number the caller typed.
///
/// CRM contract: `POST /accounts/validate` with `{"accountNumber": "12345678"}` answers as a
/// lookup does (`found`, `customerId`, `firstName`, `tier`). An account number is 6 to 12 digits;
/// anything else is "not found" without a call. Profiles are cached (`CustomerDirectory`).
public struct AccountValidationHandler: AccountValidation.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: AccountValidation.Input, context: InvocationContext) async throws -> AccountValidation.Output {
        guard let account = CallerInput.digits(input.accountNumber, lengths: 6...12) else {
            context.logger.info("not an account number", ["length": String(input.accountNumber.count)])
            return AccountValidation.Output(customer: .notFound)
        }
        let customer = try await systems.customers().find("account#\(account)", context: context) { budget in
            try await systems.crm().post(["accounts", "validate"], ["accountNumber": account], within: budget)
        }
        return AccountValidation.Output(customer: customer)
    }
}

extension AccountValidation.Output {
    init(customer: CustomerAnswer) {
        self.init(found: customer.found, customerId: customer.customerId ?? "", firstName: customer.firstName ?? "",
                  tier: customer.tier ?? "")
    }
}
