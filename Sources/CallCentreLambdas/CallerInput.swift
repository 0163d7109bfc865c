import ConnectLambdaModels
import Foundation

/// What callers type or Connect passes, checked and normalised before any system sees it: a
/// value that cannot be right is answered without a call ("not found", "not paid").
enum CallerInput {
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
