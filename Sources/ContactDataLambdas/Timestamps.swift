import ConnectLambdaModels
import Foundation

/// Times as contact records and events carry them — ISO-8601 with or without fractional
/// seconds or an offset, or milliseconds or seconds since the epoch — and as the data lake
/// keeps them: ISO-8601 in UTC to the second (`2026-12-01T08:00:00Z`), the CTR model's form.
enum Timestamps {
    static func parse(_ value: JSONValue) -> Date? {
        switch value {
        case .number(let number):
            let seconds = number > 100_000_000_000 ? number / 1000 : number
            return seconds.isFinite && seconds >= 0 ? Date(timeIntervalSince1970: seconds) : nil
        case .string(let text):
            return (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
                ?? (try? Date.ISO8601FormatStyle().parse(text))
        default:
            return nil
        }
    }

    static func iso8601(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}
