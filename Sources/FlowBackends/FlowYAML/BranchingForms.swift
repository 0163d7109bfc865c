import FlowCore

/// Friendly forms of actions that branch: `branch`, `loop` and `check_hours`.
enum BranchingForms {
    static func render(_ block: Block, outcomes: OutcomeLines) -> [String]? {
        let p = block.parameters
        let conditions = outcomes.conditions
        switch block.action {
        case "Compare":
            guard p.count == 1, let value = p["ComparisonValue"]?.scalarText, value.hasPrefix("$"), outcomes.next == nil,
                !conditions.isEmpty, outcomes.errors.map(\.0) == ["NoMatchingCondition"]
            else { return nil }
            var lines = ["    branch:", "      value: \(YAMLText.quoted(value))", "      cases:"]
            for (condition, target) in conditions {
                guard let key = OutcomeLines.key(for: condition) else { return nil }
                lines.append("        \(key): \(outcomes.name(target))")
            }
            guard Set(conditions.compactMap { OutcomeLines.key(for: $0.0) }).count == conditions.count else { return nil }
            return lines + ["      otherwise: \(outcomes.name(outcomes.errors[0].1))"]
        case "Loop":
            guard p.count == 1, let count = p["LoopCount"], case .string(let text) = count, Int(text) != nil,
                outcomes.next == nil, outcomes.errors.isEmpty, conditions.count == 2,
                let body = conditions.first(where: { $0.0 == .equals("ContinueLooping") }),
                let done = conditions.first(where: { $0.0 == .equals("DoneLooping") }),
                conditions[0].0 == .equals("ContinueLooping")
            else { return nil }
            return ["    loop: { count: \(text), body: \(outcomes.name(body.1)), done: \(outcomes.name(done.1)) }"]
        case "CheckHoursOfOperation":
            var hours = ""
            if let value = p["HoursOfOperationId"] {
                guard case .reference(let reference) = value else { return nil }
                hours = "hours: \(reference.name), "
            }
            guard p.count <= 1, outcomes.next == nil, conditions.count == 2, conditions[0].0 == .equals("True"),
                conditions[1].0 == .equals("False"), outcomes.errors.allSatisfy({ $0.0 == "NoMatchingError" })
            else { return nil }
            return ["    check_hours: { \(hours)open: \(outcomes.name(conditions[0].1)), closed: \(outcomes.name(conditions[1].1)) }"]
                + outcomes.catchAllOnly
        case "GetParticipantInput":
            return menu(block, outcomes: outcomes)
        default:
            return nil
        }
    }

    /// `menu:` without retries: one key per option, a timeout branch and a wrong-key branch.
    static func menu(_ block: Block, outcomes: OutcomeLines) -> [String]? {
        var p = block.parameters
        guard p.removeValue(forKey: "StoreInput") == .string("False"), case .string(let timeout)? = p.removeValue(forKey: "InputTimeLimitSeconds"),
            let seconds = Int(timeout), (1...179).contains(seconds), p.count == 1, let prompt = FriendlyForms.prompt(p),
            outcomes.next == nil, !outcomes.conditions.isEmpty
        else { return nil }
        let errors = Dictionary(outcomes.errors, uniquingKeysWith: { first, _ in first })
        guard let timedOut = errors["InputTimeLimitExceeded"], let invalid = errors["NoMatchingCondition"],
            Set(errors.keys).isSubset(of: ["InputTimeLimitExceeded", "NoMatchingCondition", "NoMatchingError"]),
            errors.count == outcomes.errors.count
        else { return nil }
        var lines = ["    menu:", "      prompt: \(prompt)", "      timeout: \(seconds)", "      options:"]
        for (condition, target) in outcomes.conditions {
            guard condition.comparison == .equals, condition.operands.count == 1, let key = condition.operands.first,
                key.count == 1, "0123456789*#".contains(key)
            else { return nil }
            lines.append("        \(YAMLText.quoted(key)): \(outcomes.name(target))")
        }
        return lines + ["      on_timeout: \(outcomes.name(timedOut))", "      on_invalid: \(outcomes.name(invalid))"]
            + outcomes.errorLines(except: ["InputTimeLimitExceeded", "NoMatchingCondition"])
    }
}
