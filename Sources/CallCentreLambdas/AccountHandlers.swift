import BackOffice
import ConnectLambdaModels
import LambdaContracts

/// `account-balance`: the balance and when it is due; the balance also in pence, as
/// `take-payment` takes it.
///
/// Billing contract: `GET /accounts/{customerId}/balance` answers
/// `{"balance": "123.45", "dueDate": "2026-12-14"}`.
public struct AccountBalanceHandler: AccountBalance.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: AccountBalance.Input, context: InvocationContext) async throws -> AccountBalance.Output {
        struct Answer: Decodable { var balance: String; var dueDate: String }
        let answer: Answer = try await systems.billing().get(["accounts", try Required.value(input.customerId, "customerId"), "balance"], within: context.remainingTime)
        guard let pence = Money.pence(answer.balance) else {
            throw BackOfficeError.invalidAnswer("BILLING", "balance '\(answer.balance.prefix(20))' is not an amount in pounds")
        }
        return AccountBalance.Output(balance: answer.balance, balanceInPence: String(pence), dueDate: answer.dueDate)
    }
}

/// `payment-status`: the last payment received and whether it has cleared.
///
/// Billing contract: `GET /accounts/{customerId}/payments/latest` answers
/// `{"amount": "50.00", "date": "2026-11-28", "cleared": true}`.
public struct PaymentStatusHandler: PaymentStatus.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: PaymentStatus.Input, context: InvocationContext) async throws -> PaymentStatus.Output {
        struct Answer: Decodable { var amount: String; var date: String; var cleared: Bool }
        let answer: Answer = try await systems.billing().get(["accounts", try Required.value(input.customerId, "customerId"), "payments", "latest"],
                                                             within: context.remainingTime)
        return PaymentStatus.Output(lastPaymentAmount: answer.amount, lastPaymentDate: answer.date, cleared: answer.cleared)
    }
}

/// `order-status`: the customer's latest order.
///
/// Orders contract: `GET /customers/{customerId}/orders/latest` answers
/// `{"status": "dispatched", "deliveryDate": "2026-12-02"}` (`deliveryDate` absent until known).
public struct OrderStatusHandler: OrderStatus.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: OrderStatus.Input, context: InvocationContext) async throws -> OrderStatus.Output {
        struct Answer: Decodable { var status: String; var deliveryDate: String? }
        let answer: Answer = try await systems.orders().get(["customers", try Required.value(input.customerId, "customerId"), "orders", "latest"],
                                                            within: context.remainingTime)
        return OrderStatus.Output(status: answer.status, deliveryDate: answer.deliveryDate ?? "")
    }
}

/// `retention-offer`: the best offer to keep a customer who wants to leave.
///
/// CRM contract: `GET /customers/{customerId}/retention-offer` answers
/// `{"eligible": true, "offer": "…"}` (`offer` absent when not eligible).
public struct RetentionOfferHandler: RetentionOffer.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: RetentionOffer.Input, context: InvocationContext) async throws -> RetentionOffer.Output {
        struct Answer: Decodable { var eligible: Bool; var offer: String? }
        let answer: Answer = try await systems.crm().get(["customers", try Required.value(input.customerId, "customerId"), "retention-offer"], within: context.remainingTime)
        return RetentionOffer.Output(eligible: answer.eligible, offer: answer.eligible ? answer.offer ?? "" : "")
    }
}

/// Amounts of money as back-office systems write them.
enum Money {
    /// `123.45`, `123.4`, `123` pounds → pence; nil for anything else (signs, more decimals).
    static func pence(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let pounds = Int(parts[0]) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return pounds * 100 + (Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
    }
}
