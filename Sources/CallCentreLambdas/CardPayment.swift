import Foundation

/// A card payment as the caller keyed it, checked before it goes to the payment provider:
/// the card number passes the Luhn check, the expiry (`MMYY`) has not passed, the security code
/// has 3 or 4 digits, the amount is positive with at most two decimals. Its description never
/// shows the card's details, so it can be logged.
struct CardPayment: CustomStringConvertible {
    var number: String
    var expiryMonth: Int
    var expiryYear: Int
    var securityCode: String
    /// The amount in minor units (pence).
    var minorUnits: Int

    init?(number: String, expiry: String, securityCode: String, amount: String, now: Date) {
        guard let number = CallerInput.digits(number, lengths: 12...19), Self.passesLuhn(number),
              let expiry = CallerInput.digits(expiry, lengths: 4...4), let month = Int(expiry.prefix(2)), (1...12).contains(month),
              let year = Int(expiry.suffix(2)).map({ 2000 + $0 }),
              let code = CallerInput.digits(securityCode, lengths: 3...4),
              let minorUnits = Self.minorUnits(amount), minorUnits > 0
        else { return nil }
        let today = Calendar.utc.dateComponents([.year, .month], from: now)
        guard (year, month) >= (today.year!, today.month!) else { return nil }
        self.number = number
        expiryMonth = month
        expiryYear = year
        self.securityCode = code
        self.minorUnits = minorUnits
    }

    /// The amount as the provider takes it: `12.50`.
    var amount: String { String(format: "%d.%02d", minorUnits / 100, minorUnits % 100) }

    /// `card ending 1234, 12.50`.
    var description: String { "card ending \(number.suffix(4)), \(amount)" }

    /// The Luhn (mod 10) check every payment card number passes.
    static func passesLuhn(_ digits: String) -> Bool {
        let sum = digits.reversed().enumerated().reduce(0) { total, entry in
            let digit = entry.element.wholeNumberValue!
            guard entry.offset % 2 == 1 else { return total + digit }
            return total + (digit * 2 > 9 ? digit * 2 - 9 : digit * 2)
        }
        return sum % 10 == 0
    }

    /// `12`, `12.5`, `12.50` → pence; nil for anything else (more decimals, signs, letters).
    static func minorUnits(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, parts[0].allSatisfy(\.isNumber) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy(\.isNumber), whole < 1_000_000 else { return nil }
        return whole * 100 + (Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
    }
}
