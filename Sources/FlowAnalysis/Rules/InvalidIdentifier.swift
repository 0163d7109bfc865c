import FlowCore

/// `invalid_identifier`: an action Identifier over 50 characters, with a forbidden character,
/// or one of the reserved names.
///
/// Applies to Connect JSON input; flowc derives valid identifiers itself. Cost: O(blocks).
struct InvalidIdentifier: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "invalid_identifier", defaultSeverity: .error,
                       summary: "an identifier over 50 characters, with a forbidden character, or a reserved name"),
        rationale: """
            Connect rejects identifiers longer than 50 characters, containing any of \
            % : ( \\ / ) = $ , ; [ ] { }, or equal to JavaScript object names such as \
            constructor. Hand-edited flows and generators that name blocks after their prompts \
            run into this.
            """,
        examples: [
            RuleExample(title: "an identifier with a colon", triggers: true, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "step:1", "Actions": [
                  {"Identifier": "step:1", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: ["step:1"])),
            RuleExample(title: "friendly identifiers", triggers: false, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "Say goodbye", "Actions": [
                  {"Identifier": "Say goodbye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: [])),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        guard flow.format == .connectJSON else { return [] }
        return flow.blocks.compactMap { block in
            ConnectLimits.identifierProblem(block.id.rawValue).map {
                Finding("identifier '\(block.id)' \($0)", about: block, in: flow)
            }
        }
    }
}
