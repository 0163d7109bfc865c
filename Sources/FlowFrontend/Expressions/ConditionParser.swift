import FlowCore
import Foundation

/// Parses flowc's condition syntax (`grammar/conditions.ebnf`) into a `Condition`:
///
///     VIP                 → Equals "VIP"
///     == "press 9"        → Equals "press 9"
///     > 5, >= 5, < 5, <= 5 → NumberGreaterThan … NumberLessOrEqualTo
///     starts with 'GOLD'  → TextStartsWith "GOLD"   (also: ends with, contains)
///
/// A bare value means equality. Numeric operators need a numeric operand (or a `$.` path).
/// Linear in the text.
enum ConditionParser {
    /// Operators by their written form, longest first so that `>=` wins over `>`.
    private static let operators: [(String, ComparisonOperator)] = [
        ("==", .equals), (">=", .numberGreaterOrEqualTo), ("<=", .numberLessOrEqualTo),
        (">", .numberGreaterThan), ("<", .numberLessThan), ("starts with ", .textStartsWith),
        ("ends with ", .textEndsWith), ("contains ", .textContains),
    ]

    /// The condition, or a message saying what is wrong with the text.
    static func parse(_ text: String) -> Result<Condition, ConditionSyntaxError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var comparison = ComparisonOperator.equals
        var rest = Substring(trimmed)
        if let (symbol, found) = operators.first(where: { trimmed.hasPrefix($0.0) }) {
            comparison = found
            rest = rest.dropFirst(symbol.count)
        }
        let operand: String
        switch unquote(rest.trimmingCharacters(in: .whitespaces)) {
        case .success(let value): operand = value
        case .failure(let error): return .failure(error)
        }
        if comparison.isNumeric && Double(operand) == nil && !operand.hasPrefix("$.") {
            return .failure(ConditionSyntaxError("'\(comparison.symbol)' compares numbers, but '\(operand)' is not a number"))
        }
        return .success(Condition(comparison, [operand]))
    }

    /// A quoted operand without its quotes (`\"` and `\\` escapes in double quotes), or a bare one.
    private static func unquote(_ text: String) -> Result<String, ConditionSyntaxError> {
        guard let quote = text.first, quote == "\"" || quote == "'" else {
            return text.isEmpty
                ? .failure(ConditionSyntaxError("the condition has no value to compare with (test for an empty value with == \"\")"))
                : .success(text)
        }
        var value = "", escaped = false
        for (offset, character) in text.dropFirst().enumerated() {
            if escaped {
                value.append(character)
                escaped = false
            } else if character == "\\" && quote == "\"" {
                escaped = true
            } else if character == quote {
                let trailing = text.dropFirst(offset + 2).trimmingCharacters(in: .whitespaces)
                return trailing.isEmpty ? .success(value)
                    : .failure(ConditionSyntaxError("unexpected '\(trailing)' after the quoted value"))
            } else {
                value.append(character)
            }
        }
        return .failure(ConditionSyntaxError("the quoted value is not closed with \(quote)"))
    }
}

/// Why a condition could not be parsed.
struct ConditionSyntaxError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
