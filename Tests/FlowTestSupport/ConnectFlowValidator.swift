import Foundation

/// An independent check of emitted Connect flow JSON against the flow-language rules, written
/// from the reference (§1, §2, §9) without using the emitter or the catalogue, so the emitter is
/// never its own judge.
public enum ConnectFlowValidator {
    static let forbiddenCharacters = Set("%:(\\/)=$,;[]{}")
    static let forbiddenNames: Set<String> = [
        "__proto__", "constructor", "__defineGetter__", "__defineSetter__", "toString", "hasOwnProperty",
        "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "valueOf",
    ]
    static let terminalTypes: Set<String> = [
        "DisconnectParticipant", "EndFlowExecution", "EndFlowModuleExecution", "TransferContactToAgent",
    ]

    /// Every rule the document breaks, as readable messages; empty when it is valid.
    public static func problems(in text: String) -> [String] {
        guard let data = text.data(using: .utf8),
            let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return ["not a JSON object"] }
        var problems: [String] = []
        if document["Version"] as? String != "2019-10-30" { problems.append("Version is not 2019-10-30") }
        guard let actions = document["Actions"] as? [[String: Any]] else { return problems + ["no Actions array"] }
        if actions.count > 250 { problems.append("\(actions.count) actions; Connect allows 250") }
        if text.count > 256_000 { problems.append("content longer than 256,000 characters") }
        let identifiers = actions.compactMap { $0["Identifier"] as? String }
        if Set(identifiers).count != identifiers.count { problems.append("identifiers are not unique") }
        let known = Set(identifiers)
        if let start = document["StartAction"] as? String, !known.contains(start) {
            problems.append("StartAction '\(start)' names no action")
        }
        for action in actions { problems += check(action, known: known) }
        return problems
    }

    private static func check(_ action: [String: Any], known: Set<String>) -> [String] {
        let id = action["Identifier"] as? String ?? "?"
        let type = action["Type"] as? String ?? "?"
        var problems: [String] = []
        if id.isEmpty || id.count > 50 || forbiddenNames.contains(id) || id.contains(where: forbiddenCharacters.contains) {
            problems.append("identifier '\(id)' breaks the identifier rules")
        }
        guard action["Parameters"] is [String: Any] else { return problems + ["\(id): Parameters is not an object"] }
        guard let transitions = action["Transitions"] as? [String: Any] else { return problems + ["\(id): no Transitions"] }
        if terminalTypes.contains(type) && !transitions.isEmpty { problems.append("\(id): terminal \(type) has transitions") }
        let targets = targetsOf(transitions)
        for target in targets where !known.contains(target) { problems.append("\(id): transition to missing '\(target)'") }
        let operands = Set(((transitions["Conditions"] as? [[String: Any]]) ?? []).flatMap { condition in
            ((condition["Condition"] as? [String: Any])?["Operands"] as? [String]) ?? []
        })
        if type == "Loop" && !operands.isSuperset(of: ["ContinueLooping", "DoneLooping"]) {
            problems.append("\(id): Loop lacks ContinueLooping or DoneLooping")
        }
        if type == "CheckHoursOfOperation" && !operands.isSuperset(of: ["True", "False"]) {
            problems.append("\(id): CheckHoursOfOperation lacks True or False")
        }
        if type == "InvokeLambdaFunction", let parameters = action["Parameters"] as? [String: Any],
            parameters["InvocationType"] as? String != "ASYNCHRONOUS" {
            let timeout = Int(parameters["InvocationTimeLimitSeconds"] as? String ?? "") ?? 0
            if !(1...8).contains(timeout) { problems.append("\(id): Lambda timeout \(timeout) outside 1–8") }
        }
        return problems
    }

    private static func targetsOf(_ transitions: [String: Any]) -> [String] {
        var targets: [String] = []
        if let next = transitions["NextAction"] as? String { targets.append(next) }
        for key in ["Conditions", "Errors"] {
            for entry in (transitions[key] as? [[String: Any]]) ?? [] {
                if let next = entry["NextAction"] as? String { targets.append(next) }
            }
        }
        return targets
    }
}
