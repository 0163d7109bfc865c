import FlowCore

extension ConnectActionReader {
    /// `NextAction`, then `Conditions` in order, then `Errors`.
    func outcomes(_ transitions: JSONNode?, sink: ScopedSink) -> [Outcome] {
        guard let transitions else { return [] }
        guard case .object = transitions else {
            sink.report(.wrongType, "\"Transitions\" must be an object", at: transitions.location)
            return []
        }
        var outcomes: [Outcome] = []
        if let next = transitions["NextAction"], let target = target(next, sink: sink) {
            outcomes.append(Outcome(.next, to: target, at: next.location))
        }
        for entry in entries(transitions["Conditions"], sink: sink) {
            guard let next = entry["NextAction"], let target = target(next, sink: sink),
                let condition = condition(entry["Condition"], in: entry, sink: sink)
            else { continue }
            outcomes.append(Outcome(.condition(condition), to: target, at: next.location))
        }
        for entry in entries(transitions["Errors"], sink: sink) {
            guard let next = entry["NextAction"], let target = target(next, sink: sink) else { continue }
            guard let type = entry["ErrorType"]?.string else {
                sink.report(.missingKey, "an error branch needs a string \"ErrorType\"", at: entry.location)
                continue
            }
            outcomes.append(Outcome(.error(type), to: target, at: next.location))
        }
        return outcomes
    }

    private func entries(_ node: JSONNode?, sink: ScopedSink) -> [JSONNode] {
        switch node {
        case nil, .null?: return []
        case .array(let items, _)?: return items
        case let other?:
            sink.report(.wrongType, "expected an array, found \(other.shapeName)", at: other.location)
            return []
        }
    }

    /// The target of a transition; nil for an empty one, which is how the Connect designer
    /// writes a branch left unconnected.
    private func target(_ node: JSONNode, sink: ScopedSink) -> BlockID? {
        if case .null = node { return nil }
        guard let identifier = node.string else {
            sink.report(.wrongType, "\"NextAction\" must be an Identifier string, found \(node.shapeName)", at: node.location)
            return nil
        }
        return identifier.isEmpty ? nil : BlockID(identifier)
    }

    /// A condition; an operator flowc does not know is read as Equals, with a warning, so that
    /// its branch still counts for reachability. A missing one is reported where its entry is.
    private func condition(_ node: JSONNode?, in entry: JSONNode, sink: ScopedSink) -> Condition? {
        guard let node, case .object = node else {
            sink.report(.missingKey, "a condition needs a \"Condition\" object", at: node?.location ?? entry.location)
            return nil
        }
        let operands: [String]
        switch node["Operands"] {
        case .array(let items, _)?:
            operands = items.compactMap { item -> String? in
                switch item {
                case .string(let value, _), .number(let value, _): value
                case .bool(let value, _): value ? "true" : "false"
                default: nil
                }
            }
        default:
            operands = []
        }
        let name = node["Operator"]?.string ?? ""
        guard let comparison = ComparisonOperator(rawValue: name) else {
            sink.report(.unknownOperator, "operator '\(name)' is not one flowc knows"
                            + Suggestion.hint(for: name, in: ComparisonOperator.allCases.map(\.rawValue)),
                        at: node["Operator"]?.location ?? node.location)
            return Condition(.equals, operands)
        }
        return Condition(comparison, operands)
    }
}
