import FlowCore

/// A block's transitions as the shared keys of a flowc block: `next`, `on_error` for
/// `NoMatchingError`, `errors` for the rest, and the conditions for forms that take them.
struct OutcomeLines {
    let block: Block
    let name: (BlockID) -> String

    /// The success transition, unless it only repeats what the designer implies (the emitter
    /// writes that one back by itself).
    var next: BlockID? { block.outcomesWithoutImpliedNext.first { $0.kind == .next }?.target }

    var conditions: [(Condition, BlockID)] {
        block.outcomes.compactMap { outcome in
            if case .condition(let condition) = outcome.kind { return (condition, outcome.target) }
            return nil
        }
    }

    var errors: [(String, BlockID)] {
        block.outcomes.compactMap { outcome in
            if case .error(let type) = outcome.kind { return (type, outcome.target) }
            return nil
        }
    }

    /// Whether the block has no conditions and no errors but `NoMatchingError`.
    var onlyNextAndCatchAll: Bool { conditions.isEmpty && errors.allSatisfy { $0.0 == "NoMatchingError" } }

    /// `next`, `on_error` and `errors` lines.
    var common: [String] { (next.map { ["    next: \(name($0))"] } ?? []) + catchAllOnly }

    /// `on_error` and `errors` lines, without `next`.
    var catchAllOnly: [String] { errorLines(except: []) }

    /// Error lines, leaving out the types a form writes itself.
    func errorLines(except handled: Set<String>) -> [String] {
        var lines: [String] = []
        var others: [String] = []
        for (type, target) in errors where !handled.contains(type) {
            if type == "NoMatchingError" {
                lines.append("    on_error: \(name(target))")
            } else {
                others.append("      \(YAMLText.string(type)): \(name(target))")
            }
        }
        return lines + (others.isEmpty ? [] : ["    errors:"] + others)
    }

    /// The condition as the language writes it (`grammar/conditions.ebnf`): a bare value for
    /// equality (`VIP`), an operator then a value (`> 20`, `starts with GOLD`), quoting the value
    /// only when it needs it (spaces at its ends, quotes, an operator at its start).
    static func key(for condition: Condition) -> String? {
        guard condition.operands.count == 1, let operand = condition.operands.first else { return nil }
        let bare = !operand.isEmpty && operand == operand.trimmingCharacters(in: .whitespaces)
            && !operand.contains("\"") && !operand.contains("'")
        let quoted = "\"" + operand.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let symbol = condition.comparison.symbol
        let text: String
        if condition.comparison == .equals, bare, !operatorPrefixes.contains(where: operand.hasPrefix) {
            text = operand
        } else if condition.comparison.isNumeric || bare {
            text = "\(symbol) \(operand)"
        } else {
            text = "\(symbol) \(quoted)"
        }
        return YAMLText.string(text)
    }

    /// What `ConditionParser` reads as an operator at the start of a condition.
    private static let operatorPrefixes = ["==", ">", "<", "starts with ", "ends with ", "contains "]
}
