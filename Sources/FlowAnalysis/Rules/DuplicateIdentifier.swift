import FlowCore

/// `duplicate_identifier`: two actions share an Identifier.
///
/// Applies to Connect JSON input; flowc's identifiers are unique by construction. Cost:
/// O(blocks).
struct DuplicateIdentifier: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "duplicate_identifier", defaultSeverity: .error, summary: "two actions share an identifier"),
        rationale: """
            Transitions name actions by Identifier, so two actions with one Identifier make every \
            transition to it ambiguous; Connect rejects the flow. Copy-pasted JSON is the usual cause.
            """,
        examples: [
            RuleExample(title: "a pasted block keeps its identifier", triggers: true, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "hello", "Actions": [
                  {"Identifier": "hello", "Type": "MessageParticipant", "Parameters": {"Text": "Hi"},
                   "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}},
                  {"Identifier": "hello", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: ["hello"])),
            RuleExample(title: "unique identifiers", triggers: false, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "bye", "Actions": [
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: [])),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        guard flow.format == .connectJSON else { return [] }
        var first: [BlockID: Block] = [:]
        return flow.blocks.compactMap { block in
            guard let original = first[block.id] else {
                first[block.id] = block
                return nil
            }
            return Finding("identifier '\(block.id)' is used by another action", about: block, in: flow,
                           notes: [Diagnostic.Note("first used here", at: original.location)])
        }
    }
}
