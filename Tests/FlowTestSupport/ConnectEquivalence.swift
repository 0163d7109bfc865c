import Foundation

/// Whether two Connect flow-language documents describe the same flow, written for the import
/// round-trip independently of flowc's emitter: from both StartActions, the same actions with
/// the same types, the same parameters and the same labelled transitions, matching identifiers
/// one to one as it goes. Identifiers may differ. An empty NextAction is no transition, and
/// NextAction is ignored on actions whose success leaves the flow (Connect never takes it).
public enum ConnectEquivalence {
    static let leavesOnSuccess: Set<String> = ["TransferContactToQueue", "TransferToFlow", "DequeueContactAndTransferToQueue"]

    /// The first difference found, or nil when the flows are equivalent.
    public static func difference(_ original: String, _ rebuilt: String) -> String? {
        guard let left = actions(original), let right = actions(rebuilt) else { return "not both flow-language JSON" }
        guard left.actions.count == right.actions.count else {
            return "\(left.actions.count) actions became \(right.actions.count)"
        }
        var pairs: [String: String] = [left.start: right.start]
        var queue = [(left.start, right.start)]
        while let (a, b) = queue.popLast() {
            guard let x = left.actions[a], let y = right.actions[b] else { return "'\(a)' or '\(b)' does not exist" }
            if x["Type"] as? String != y["Type"] as? String { return "'\(a)': type \(x["Type"] ?? "?") became \(y["Type"] ?? "?")" }
            let type = x["Type"] as? String ?? ""
            if !same(x["Parameters"] ?? [String: Any](), y["Parameters"] ?? [String: Any]()) { return "'\(a)': parameters differ" }
            let (edgesX, edgesY) = (edges(x, type: type), edges(y, type: type))
            guard edgesX.map(\.label) == edgesY.map(\.label) else {
                return "'\(a)': transitions \(edgesX.map(\.label)) became \(edgesY.map(\.label))"
            }
            for (p, q) in zip(edgesX, edgesY) {
                if let known = pairs[p.target] {
                    if known != q.target { return "'\(a)' \(p.label) leads to a different action" }
                } else {
                    pairs[p.target] = q.target
                    queue.append((p.target, q.target))
                }
            }
        }
        return nil
    }

    struct Edge {
        var label: String
        var target: String
    }

    /// Labelled transitions: NextAction, conditions in order, then errors sorted by type.
    static func edges(_ action: [String: Any], type: String) -> [Edge] {
        let transitions = action["Transitions"] as? [String: Any] ?? [:]
        var edges: [Edge] = []
        if let next = transitions["NextAction"] as? String, !next.isEmpty, !leavesOnSuccess.contains(type) {
            edges.append(Edge(label: "next", target: next))
        }
        for entry in transitions["Conditions"] as? [[String: Any]] ?? [] {
            guard let next = entry["NextAction"] as? String, !next.isEmpty else { continue }
            let condition = entry["Condition"] as? [String: Any] ?? [:]
            let operands = (condition["Operands"] as? [Any] ?? []).map { "\($0)" }.joined(separator: ",")
            edges.append(Edge(label: "\(condition["Operator"] ?? "?")(\(operands))", target: next))
        }
        let errors = (transitions["Errors"] as? [[String: Any]] ?? []).compactMap { entry -> Edge? in
            guard let next = entry["NextAction"] as? String, !next.isEmpty else { return nil }
            return Edge(label: "error \(entry["ErrorType"] ?? "?")", target: next)
        }
        return edges + errors.sorted { $0.label < $1.label }
    }

    /// The start and the actions by identifier, when the text is flow-language JSON.
    public static func actions(_ text: String) -> (start: String, actions: [String: [String: Any]])? {
        guard let document = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let list = document["Actions"] as? [[String: Any]], let start = document["StartAction"] as? String
        else { return nil }
        var actions: [String: [String: Any]] = [:]
        for action in list { if let id = action["Identifier"] as? String { actions[id] = action } }
        return (start, actions)
    }

    /// Deep equality of JSON values.
    static func same(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (let x as [String: Any], let y as [String: Any]):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
        case (let x as [Any], let y as [Any]):
            return x.count == y.count && zip(x, y).allSatisfy(same)
        case (let x as String, let y as String): return x == y
        case (let x as NSNumber, let y as NSNumber): return x == y
        case (is NSNull, is NSNull): return true
        default: return false
        }
    }
}
