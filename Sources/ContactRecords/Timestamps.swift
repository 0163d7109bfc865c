import Foundation

/// A JSON scalar as Foundation's parser gives it: text, a number, or a boolean (which it gives
/// as an NSNumber of type `c`, told apart here so `true` stays `true`).
enum Scalar {
    case text(String)
    case number(NSNumber)
    case bool(Bool)

    init?(_ value: Any) {
        if let string = value as? String {
            self = .text(string)
        } else if let number = value as? NSNumber {
            self = String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number)
        } else {
            return nil
        }
    }

    /// As the column holds it: integers without a decimal point, big ones with all their digits.
    var text: String {
        switch self {
        case .text(let string): string
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.stringValue
        }
    }
}

/// Times as contact records and events carry them — ISO-8601 with or without fractional
/// seconds or an offset, or milliseconds or seconds since the epoch — and as the data lake
/// keeps them: ISO-8601 in UTC to the second (`2026-12-01T08:00:00Z`), the CTR model's form.
package enum Timestamps {
    static func parse(_ value: Scalar) -> Date? {
        switch value {
        case .number(let number):
            let value = number.doubleValue
            let seconds = value > 100_000_000_000 ? value / 1000 : value
            return seconds.isFinite && seconds >= 0 ? Date(timeIntervalSince1970: seconds) : nil
        case .text(let text):
            return parse(text)
        case .bool:
            return nil
        }
    }

    package static func parse(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text))
    }

    package static func iso8601(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}
