import BackOffice
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport
import Testing

/// take-payment against a local payment provider: it passes on what Connect encrypted and
/// nothing else, in pence, once per payment; and it never sends plaintext card data anywhere.
@Suite("Card payments")
struct PaymentHandlerTests {
    /// What Connect's encrypted input looks like: base64 of an AWS Encryption SDK message.
    static func encrypted(_ tag: UInt8) -> String { Data([2, 0x78] + Array(repeating: tag, count: 90)).base64EncodedString() }

    static let card = TakePayment.Input(customerId: "C-1", cardNumber: encrypted(1), expiry: encrypted(2), securityCode: encrypted(3),
                                        amount: "2000")

    @Test("an approved payment: the encrypted details as they came, the amount in pence, a key per payment")
    func approved() async throws {
        let provider = try await BackOfficeFixture.start { _ in .init(status: 201, json: #"{"status": "approved", "reference": "P-77"}"#) }
        let handler = TakePaymentHandler(systems: provider.systems)
        #expect(try await handler.handle(Self.card, context: provider.context()) == TakePayment.Output(paid: true, reference: "P-77"))
        var other = Self.card
        other.amount = "2500"
        _ = try await handler.handle(other, context: provider.context())
        _ = try await handler.handle(Self.card, context: provider.context())
        let requests = await provider.server.requests
        #expect(requests[0].uri == "/payments/payments")
        #expect(requests[0].json == [
            "customerId": "C-1", "amount": ["value": "20.00", "currency": "GBP", "minorUnits": 2000],
            "card": ["format": "aws-encryption-sdk", "number": Self.encrypted(1), "expiry": Self.encrypted(2), "securityCode": Self.encrypted(3)],
        ])
        let keys = requests.map { $0.headers["idempotency-key"] ?? "" }
        #expect(keys[0].hasPrefix("c-42:payment:") && keys[0] != keys[1] && keys[0] == keys[2])
        #expect(!provider.logs.all.contains(Self.encrypted(1)) && provider.logs.all.contains("card payment of 20.00"))
        await provider.server.stop()
    }

    @Test("a declined payment is not paid, with no reference")
    func declined() async throws {
        let provider = try await BackOfficeFixture.start { _ in .init(json: #"{"status": "declined", "reference": "P-78"}"#) }
        #expect(try await TakePaymentHandler(systems: provider.systems).handle(Self.card, context: provider.context())
            == TakePayment.Output(paid: false, reference: ""))
        await provider.server.stop()
    }

    @Test("plaintext card details, or an amount that is not whole pence, never reach the provider", arguments: [
        ("4111111111111111", encrypted(2), encrypted(3), "2000"),   // the card number in clear
        (encrypted(1), "0928", encrypted(3), "2000"),               // the expiry in clear
        (encrypted(1), encrypted(2), "123", "2000"),                // the security code in clear
        (encrypted(1), encrypted(2), encrypted(3), "20.00"),        // pounds, not pence
        (encrypted(1), encrypted(2), encrypted(3), "0"),
        (encrypted(1), encrypted(2), encrypted(3), "-5"),
        (encrypted(1), encrypted(2), encrypted(3), "100000001"),
    ])
    func refused(_ number: String, _ expiry: String, _ code: String, _ amount: String) async throws {
        let provider = try await BackOfficeFixture.start { _ in .init(json: #"{"status": "approved", "reference": "P"}"#) }
        let input = TakePayment.Input(customerId: "C-1", cardNumber: number, expiry: expiry, securityCode: code, amount: amount)
        #expect(try await TakePaymentHandler(systems: provider.systems).handle(input, context: provider.context())
            == TakePayment.Output(paid: false, reference: ""))
        #expect(await provider.server.requests.isEmpty)
        #expect(!provider.logs.all.contains("4111111111111111") && !provider.logs.all.contains("0928"))
        await provider.server.stop()
    }

    @Test("a provider that echoes the request in its refusal: the error carries its code, never the body")
    func refusalEchoesRequest() async throws {
        let provider = try await BackOfficeFixture.start { request in
            .init(status: 422, json: #"{"code": "card_rejected", "request": \#(String(decoding: request.body, as: UTF8.self))}"#)
        }
        do {
            _ = try await TakePaymentHandler(systems: provider.systems).handle(Self.card, context: provider.context())
            Issue.record("a refusal was not an error")
        } catch let error as BackOfficeError {
            #expect(error == .rejected("PAYMENTS", status: 422, "error code card_rejected"))
            #expect(!String(describing: error).contains(Self.encrypted(1)))
        }
        await provider.server.stop()
    }

    @Test("the balance in pence, for take-payment")
    func balanceInPence() {
        #expect(Money.pence("123.45") == 12345 && Money.pence("20") == 2000 && Money.pence("0.5") == 50)
        #expect(Money.pence("-1") == nil && Money.pence("1.234") == nil && Money.pence("£5") == nil && Money.pence("") == nil)
    }
}
