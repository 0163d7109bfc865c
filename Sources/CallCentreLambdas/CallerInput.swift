import Foundation

/// What callers type or Connect passes, checked and normalised before any system sees it: a
/// value that cannot be right is answered without a call ("not found", "not paid").
enum CallerInput {
    /// A phone number in E.164 (`+447700900123`): Connect's `CustomerEndpoint.Address` already
    /// is; a national number (`07700 900123`) takes the default country code. Nil for what is
    /// not a number (`anonymous`, a withheld caller).
    static func e164(_ text: String, defaultCountryCode: String = "44") -> String? {
        let kept = text.filter { !" -().".contains($0) }
        let digits: Substring
        if kept.hasPrefix("+") {
            digits = kept.dropFirst()
        } else if kept.hasPrefix("00") {
            digits = kept.dropFirst(2)
        } else if kept.hasPrefix("0") {
            digits = Substring(defaultCountryCode + kept.dropFirst())
        } else {
            return nil
        }
        guard (8...15).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.first != "0" else {
            return nil
        }
        return "+" + digits
    }

    /// Keypad digits only, when `text` is all digits of an allowed length.
    static func digits(_ text: String, lengths: ClosedRange<Int>) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard lengths.contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return trimmed
    }

    /// A date of birth typed as `DDMMYYYY` on the keypad, or written `YYYY-MM-DD`, as
    /// `YYYY-MM-DD`; nil when it is not a real date in the past.
    static func dateOfBirth(_ text: String, now: Date) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts: (day: Int, month: Int, year: Int)?
        if let keyed = digits(trimmed, lengths: 8...8) {
            let values = [keyed.prefix(2), keyed.dropFirst(2).prefix(2), keyed.suffix(4)].compactMap { Int($0) }
            parts = (values[0], values[1], values[2])
        } else {
            let values = trimmed.split(separator: "-").compactMap { Int($0) }
            parts = values.count == 3 && trimmed.count == 10 ? (values[2], values[1], values[0]) : nil
        }
        guard let parts, let date = Calendar.utc.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day)),
              Calendar.utc.dateComponents([.year, .month, .day], from: date) == DateComponents(year: parts.year, month: parts.month, day: parts.day),
              date < now, parts.year >= 1900
        else { return nil }
        return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
