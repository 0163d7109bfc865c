import FlowCore

/// `invalid_conditions`: conditions the action cannot produce, or a required set that is
/// incomplete (Loop needs ContinueLooping and DoneLooping; CheckHoursOfOperation needs True and
/// False; DTMF conditions are single keys compared with Equals; …).
///
/// Cost: O(outcomes).
struct InvalidConditions: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "invalid_conditions", defaultSeverity: .error,
                       summary: "conditions the action cannot produce, or a required set that is incomplete"),
        rationale: """
            Each action compares a specific result: a Loop says ContinueLooping or DoneLooping, a \
            key press is one key, an agent count can only be tested against zero. A condition \
            outside that set is never true, and a missing required one leaves a result with \
            nowhere to go. Connect rejects some of these at publish time and silently ignores others.
            """,
        examples: [
            .triggering("a Loop without its DoneLooping branch, a two-key DTMF option", """
                flow: conditions
                blocks:
                  ask:
                # ^ invalid_conditions
                    action:
                      type: GetParticipantInput
                      parameters: { Text: Press 12, StoreInput: "False", InputTimeLimitSeconds: "5" }
                      conditions: { "== 12": again }
                    errors: { NoMatchingCondition: again, NoMatchingError: bye }
                  again:
                # ^ invalid_conditions
                    action:
                      type: Loop
                      parameters: { LoopCount: "2" }
                      conditions: { ContinueLooping: ask }
                  bye:
                    disconnect:
                """),
            .clean("friendly forms write complete condition sets", """
                flow: complete
                blocks:
                  hours:
                    check_hours: { open: retry, closed: bye }
                    on_error: bye
                  retry:
                    loop: { count: 2, body: hours, done: bye }
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        flow.blocks.compactMap { block in
            guard let spec = block.spec else { return nil }
            let problems = ConditionCheck(block: block, rule: spec.conditions).problems
            guard !problems.isEmpty else { return nil }
            return Finding("\(block.action) '\(block.id)': \(problems.joined(separator: "; "))", about: block, in: flow)
        }
    }
}
