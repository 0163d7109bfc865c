import FlowCore

/// `dangling_transition`: a transition names a block that does not exist.
///
/// Cost: O(blocks + outcomes).
struct DanglingTransition: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "dangling_transition", defaultSeverity: .error, summary: "a transition names a block that does not exist"),
        rationale: """
            A NextAction, condition or error branch that points at a missing Identifier is a \
            broken wire: Connect refuses to publish the flow, or a caller who takes that branch \
            is dropped. It typically appears when a block is deleted or renamed by hand.
            """,
        examples: [
            RuleExample(title: "an error branch to a deleted block", triggers: true, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "hello", "Actions": [
                  {"Identifier": "hello", "Type": "MessageParticipant", "Parameters": {"Text": "Hi"},
                   "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "sorry"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: ["hello"])),
            RuleExample(title: "every transition resolves", triggers: false, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "hello", "Actions": [
                  {"Identifier": "hello", "Type": "MessageParticipant", "Parameters": {"Text": "Hi"},
                   "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: [])),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        let index = flow.blockIndex
        let names = flow.blocks.map(\.id.rawValue)
        return flow.blocks.flatMap { block in
            block.outcomes.filter { index[$0.target] == nil }.map { outcome in
                Finding("'\(block.id)' goes to '\(outcome.target)' on \(outcome.kind), but there is no such block"
                            + Suggestion.hint(for: outcome.target.rawValue, in: names),
                        at: outcome.location ?? block.location, flow: flow.name, block: block.origin)
            }
        }
    }
}
