import FlowCore

/// The problems with one action's conditions, for `invalid_conditions`.
struct ConditionCheck {
    let block: Block
    let rule: ConditionRule

    var problems: [String] {
        let conditions = block.conditions.map(\.condition)
        var problems = conditions.flatMap(shapeProblems)
        switch rule {
        case .none:
            if !conditions.isEmpty { problems.append("it has no result to test, but has \(conditions.count) condition(s)") }
        case .any:
            break
        case .equalsOnly(let operands):
            problems += conditions.compactMap { condition in
                if condition.comparison != .equals { return "only Equals is allowed, not \(condition.comparison.rawValue)" }
                guard let operands, let operand = condition.operands.first, !operands.contains(operand) else { return nil }
                return "'\(operand)' is not a result it produces (\(operands.joined(separator: ", ")))"
            }
        case .required(let required):
            let present = Set(conditions.filter { $0.comparison == .equals }.flatMap(\.operands))
            problems += required.filter { !present.contains($0) }.map { "the \($0) condition is missing" }
            problems += conditions.filter { $0.comparison != .equals || !required.contains($0.operands.first ?? "") }
                .map { "'\($0)' is not one of \(required.joined(separator: ", "))" }
        }
        return problems + actionSpecific(conditions)
    }

    /// Operand counts and numeric operands, for every action.
    private func shapeProblems(_ condition: Condition) -> [String] {
        if condition.operands.isEmpty { return ["'\(condition.comparison.rawValue)' has no operand"] }
        if condition.operands.count > ConnectLimits.conditionOperands {
            return ["a condition takes at most \(ConnectLimits.conditionOperands) operands"]
        }
        if condition.comparison.isNumeric, let bad = condition.operands.first(where: { Double($0) == nil }) {
            return ["'\(bad)' is not a number, so \(condition.comparison.rawValue) is never true"]
        }
        return []
    }

    private func actionSpecific(_ conditions: [Condition]) -> [String] {
        switch block.action {
        case "GetParticipantInput" where block.string("StoreInput")?.lowercased() == "true":
            return conditions.isEmpty ? [] : ["stored input has no conditions; the digits go to $.StoredCustomerInput"]
        case "CheckMetricData" where block.string("MetricType")?.hasPrefix("NumberOfAgents") == true:
            return conditions.filter { $0 != Condition(.numberGreaterThan, ["0"]) }
                .map { _ in "agent counts can only be tested with NumberGreaterThan 0" }
        case "Wait":
            let present = Set(conditions.flatMap(\.operands))
            var events = ["WaitCompleted"]
            if case .list(let listed)? = block.parameters["Events"] {
                events += listed.compactMap(\.scalarText)
            }
            return events.filter { !present.contains($0) }.map { "the \($0) condition is missing" }
        case "DistributeByPercentage":
            let thresholds = conditions.map { Double($0.operands.first ?? "") ?? -1 }
            let ascending = zip(thresholds, thresholds.dropFirst()).allSatisfy { $0 < $1 }
            let valid = conditions.allSatisfy { $0.comparison == .numberLessThan } && ascending
                && thresholds.allSatisfy { (0...100).contains($0) }
            return valid ? [] : ["percentages must be NumberLessThan thresholds, ascending, at most 100"]
        default:
            return []
        }
    }
}
