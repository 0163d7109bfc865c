import FlowCore

/// `missing_start`: the flow's start names no block, so Connect cannot run it.
///
/// Cost: O(blocks).
struct MissingStart: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "missing_start", defaultSeverity: .error, summary: "the start names no block"),
        rationale: """
            A flow's StartAction must be the Identifier of one of its actions; otherwise Connect \
            rejects the flow when it is published, and until then nobody notices.
            """,
        examples: [
            RuleExample(title: "StartAction names a deleted block", triggers: true, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "welcome", "Actions": [
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: [""])),
            RuleExample(title: "StartAction names an action", triggers: false, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "bye", "Actions": [
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: [])),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        guard flow.blockIndex[flow.start] == nil else { return [] }
        let names = flow.blocks.map(\.id.rawValue)
        let start = flow.start.rawValue.isEmpty ? "nothing" : "'\(flow.start)'"
        return [Finding("the flow starts at \(start), which is not a block" + Suggestion.hint(for: flow.start.rawValue, in: names),
                        at: flow.startLocation ?? flow.location, flow: flow.name)]
    }
}
