import Foundation

/// A card payment as the flow collected it: the card's details as Connect encrypted them with the
/// payment provider's public key ("Encrypt sensitive customer input", Connect admin guide: the
/// Stored customer input is encrypted with the AWS Encryption SDK), and the amount in pence.
///
/// This account never holds the private key, so it never sees a card number: the provider
/// decrypts inside its own PCI environment. What can be checked here is checked: each detail is
/// an Encryption SDK message (base64 of a message whose first byte is its format version, 1 or 2),
/// so a flow that forgot to encrypt cannot send plaintext card data anywhere; and the amount is
/// whole pence, more than none and at most £100,000. The description shows neither.
struct CardPayment: CustomStringConvertible {
    var number: String
    var expiry: String
    var securityCode: String
    var minorUnits: Int

    /// The payment, or why it cannot be one.
    static func checked(number: String, expiry: String, securityCode: String, amount: String) -> Result<CardPayment, Refusal> {
        guard let minorUnits = CallerInput.digits(amount, lengths: 1...8).flatMap(Int.init), (1...10_000_000).contains(minorUnits) else {
            return .failure(.amount)
        }
        let details = [number, expiry, securityCode].map { $0.trimmingCharacters(in: .whitespaces) }
        guard details.allSatisfy(Self.isEncrypted) else { return .failure(.notEncrypted) }
        return .success(CardPayment(number: details[0], expiry: details[1], securityCode: details[2], minorUnits: minorUnits))
    }

    enum Refusal: Error, CustomStringConvertible {
        case amount, notEncrypted

        var description: String {
            switch self {
            case .amount: "the amount is not whole pence between 1 and 10000000"
            case .notEncrypted: "the card details are not encrypted by Connect; refused without sending them anywhere"
            }
        }
    }

    /// The amount as the provider takes it: `20.00`.
    var amount: String { String(format: "%d.%02d", minorUnits / 100, minorUnits % 100) }

    var description: String { "card payment of \(amount)" }

    /// Whether `text` is base64 of an AWS Encryption SDK message (format version 1 or 2).
    static func isEncrypted(_ text: String) -> Bool {
        guard text.count >= 64, let data = Data(base64Encoded: text), let version = data.first else { return false }
        return version == 1 || version == 2
    }
}
