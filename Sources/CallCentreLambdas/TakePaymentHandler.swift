import ConnectLambdaModels
import Foundation
import LambdaContracts

/// `take-payment`: takes a card payment through the payment provider. The card's details go to
/// the provider and nowhere else: not stored, not logged.
///
/// Payments contract: `POST /payments` with `{"customerId", "amount": {"value": "12.50",
/// "currency": "GBP"}, "card": {"number", "expiryMonth", "expiryYear", "securityCode"}}` and the
/// contact's id as `Idempotency-Key` — so Connect's retries and the flow's own never charge twice
/// — answers `{"status": "approved" | "declined", "reference": "…"}`. Details that cannot be a
/// valid card (the Luhn check, an expiry passed, the security code's length, the amount) are
/// "not paid" without a call. The currency is `PAYMENT_CURRENCY`, else GBP.
public struct TakePaymentHandler: TakePayment.Handler {
    let systems: BackOfficeSystems
    let now: @Sendable () -> Date

    public init(systems: BackOfficeSystems, now: @escaping @Sendable () -> Date = { Date() }) {
        self.systems = systems
        self.now = now
    }

    public func handle(_ input: TakePayment.Input, context: InvocationContext) async throws -> TakePayment.Output {
        guard let card = CardPayment(number: input.cardNumber, expiry: input.expiry, securityCode: input.securityCode,
                                     amount: input.amount, now: now())
        else {
            context.logger.info("card details cannot be valid; not sent to the provider")
            return TakePayment.Output(paid: false, reference: "")
        }
        let request = PaymentRequest(
            customerId: try Required.value(input.customerId, "customerId"),
            amount: .init(value: card.amount, currency: systems.environment["PAYMENT_CURRENCY"] ?? "GBP"),
            card: .init(number: card.number, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, securityCode: card.securityCode))
        struct Answer: Decodable { var status: String; var reference: String? }
        let answer: Answer = try await systems.payments().post(["payments"], request, idempotencyKey: context.contact.contactId,
                                                               within: context.remainingTime)
        let paid = answer.status == "approved"
        context.logger.info("payment \(answer.status)", ["payment": card.description, "reference": answer.reference ?? ""])
        return TakePayment.Output(paid: paid, reference: paid ? answer.reference ?? "" : "")
    }
}

/// The provider's request body.
struct PaymentRequest: Encodable {
    struct Amount: Encodable { var value: String; var currency: String }
    struct Card: Encodable { var number: String; var expiryMonth: Int; var expiryYear: Int; var securityCode: String }

    var customerId: String
    var amount: Amount
    var card: Card
}
