import ConnectLambdaModels
import Crypto
import Foundation
import LambdaContracts

/// `take-payment`: takes a card payment through the payment provider, passing on the card's
/// details as Connect encrypted them; only the provider can decrypt them.
///
/// Payments contract: `POST /payments` with `{"customerId", "amount": {"value": "20.00",
/// "currency": "GBP", "minorUnits": 2000}, "card": {"format": "aws-encryption-sdk", "number",
/// "expiry", "securityCode"}}` answers `{"status": "approved" | "declined" | "invalid-card",
/// "reference": "…"}`. The `Idempotency-Key` is the contact's id with a digest of the payment, so
/// Connect's retries and the flow's own never charge twice, while a second, different payment in
/// the same call is a payment of its own. An amount that is not whole pence, or card details that
/// are not encrypted, are "not paid" without a call. The currency is `PAYMENT_CURRENCY`, else GBP.
public struct TakePaymentHandler: TakePayment.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: TakePayment.Input, context: InvocationContext) async throws -> TakePayment.Output {
        let card: CardPayment
        switch CardPayment.checked(number: input.cardNumber, expiry: input.expiry, securityCode: input.securityCode, amount: input.amount) {
        case .success(let checked): card = checked
        case .failure(let refusal):
            context.logger.warning("payment not sent to the provider", ["reason": refusal.description])
            return TakePayment.Output(paid: false, reference: "")
        }
        let request = PaymentRequest(
            customerId: try Required.value(input.customerId, "customerId"),
            amount: .init(value: card.amount, currency: systems.environment["PAYMENT_CURRENCY"] ?? "GBP", minorUnits: card.minorUnits),
            card: .init(format: "aws-encryption-sdk", number: card.number, expiry: card.expiry, securityCode: card.securityCode))
        let key = IdempotencyKey.make(context.contact.contactId, "payment", request.customerId, String(card.minorUnits), card.number,
                                      card.expiry, card.securityCode)
        struct Answer: Decodable { var status: String; var reference: String? }
        let answer: Answer = try await systems.payments().post(["payments"], request, idempotencyKey: key, within: context.remainingTime)
        let paid = answer.status == "approved"
        context.logger.info("payment \(answer.status)", ["payment": card.description, "reference": answer.reference ?? ""])
        return TakePayment.Output(paid: paid, reference: paid ? answer.reference ?? "" : "")
    }
}

/// The provider's request body.
struct PaymentRequest: Encodable {
    struct Amount: Encodable { var value: String; var currency: String; var minorUnits: Int }
    struct Card: Encodable { var format: String; var number: String; var expiry: String; var securityCode: String }

    var customerId: String
    var amount: Amount
    var card: Card
}

/// An idempotency key for one operation of one contact: the contact's id, the operation, and a
/// digest of what it acts on, so a retry is the same key and a different operation is not.
enum IdempotencyKey {
    static func make(_ contactId: String, _ operation: String, _ parts: String...) -> String {
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8))
        return "\(contactId):\(operation):" + digest.prefix(12).map { String(format: "%02x", $0) }.joined()
    }
}
