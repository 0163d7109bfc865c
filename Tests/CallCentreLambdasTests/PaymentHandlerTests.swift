import BackOffice
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport
import Testing

/// take-payment against a local payment provider: what it sends, what it never logs, and what it
/// never sends at all.
@Suite("Card payments")
struct PaymentHandlerTests {
    static let card = TakePayment.Input(customerId: "C-1", cardNumber: "4111111111111111", expiry: "0928", securityCode: "123",
                                        amount: "12.5")

    @Test("an approved payment: the provider's contract, the contact id as idempotency key, no card data in the logs")
    func approved() async throws {
        let provider = try await BackOfficeFixture.start { _ in .init(status: 201, json: #"{"status": "approved", "reference": "P-77"}"#) }
        let output = try await TakePaymentHandler(systems: provider.systems, now: { midsummerNight }).handle(Self.card, context: provider.context())
        #expect(output == TakePayment.Output(paid: true, reference: "P-77"))
        let request = try #require(await provider.server.requests.first)
        #expect(request.uri == "/payments/payments" && request.headers["idempotency-key"] == "c-42")
        #expect(request.json == [
            "customerId": "C-1", "amount": ["value": "12.50", "currency": "GBP"],
            "card": ["number": "4111111111111111", "expiryMonth": 9, "expiryYear": 2028, "securityCode": "123"],
        ])
        #expect(provider.logs.all.contains("card ending 1111, 12.50"))
        #expect(!provider.logs.all.contains("4111111111111111") && !provider.logs.all.contains("\"123\""))
        await provider.server.stop()
    }

    @Test("a declined payment is not paid, with no reference")
    func declined() async throws {
        let provider = try await BackOfficeFixture.start { _ in .init(json: #"{"status": "declined", "reference": "P-78"}"#) }
        #expect(try await TakePaymentHandler(systems: provider.systems, now: { midsummerNight }).handle(Self.card, context: provider.context())
            == TakePayment.Output(paid: false, reference: ""))
        await provider.server.stop()
    }

    @Test("details that cannot be a valid card never reach the provider", arguments: [
        ("4111111111111112", "0928", "123", "12.50"),  // fails the Luhn check
        ("4111111111111111", "0526", "123", "12.50"),  // expired in May 2026
        ("4111111111111111", "1328", "123", "12.50"),  // month 13
        ("4111111111111111", "0928", "12", "12.50"),   // security code too short
        ("4111111111111111", "0928", "123", "12.505"), // three decimals
        ("4111111111111111", "0928", "123", "0"),      // nothing to pay
        ("4111111111111111", "0928", "123", "-5"),
    ])
    func invalidCards(_ number: String, _ expiry: String, _ code: String, _ amount: String) async throws {
        let provider = try await BackOfficeFixture.start { _ in .init(json: #"{"status": "approved", "reference": "P"}"#) }
        let input = TakePayment.Input(customerId: "C-1", cardNumber: number, expiry: expiry, securityCode: code, amount: amount)
        #expect(try await TakePaymentHandler(systems: provider.systems, now: { midsummerNight }).handle(input, context: provider.context())
            == TakePayment.Output(paid: false, reference: ""))
        #expect(await provider.server.requests.isEmpty)
        await provider.server.stop()
    }
}
