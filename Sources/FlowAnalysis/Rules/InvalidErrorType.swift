import FlowCore

/// `invalid_error_type`: an error branch for an error type the action never raises.
///
/// Only error types the catalogue knows from other actions count: `NoMatchingError` is the
/// catch-all the Connect designer writes on nearly every block, `NoMatchingCondition` belongs to
/// any action with conditions (a module's custom branches), and an error type unknown to the
/// catalogue may be newer than it. Errors the action's parameters rule out count too
/// (`Block.errorsRuledOut`): a Store customer input block never times out with an error.
/// Cost: O(outcomes).
struct InvalidErrorType: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "invalid_error_type", defaultSeverity: .warning,
                       summary: "an error branch for an error the action never raises"),
        rationale: """
            A branch for an error the action cannot raise is never taken: usually a branch wired \
            to the wrong error, so the error that does happen is handled somewhere unintended.
            """,
        examples: [
            RuleExample(title: "a queue-full branch on a prompt", triggers: true, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "hello", "Actions": [
                  {"Identifier": "hello", "Type": "MessageParticipant", "Parameters": {"Text": "Hi"},
                   "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "QueueAtCapacity", "NextAction": "bye"},
                                                                 {"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: ["hello"])),
            RuleExample(title: "a timeout branch on a store input, which stores Timeout instead", triggers: true, source: .connectJSON("""
                {"Version": "2019-10-30", "StartAction": "ask", "Actions": [
                  {"Identifier": "ask", "Type": "GetParticipantInput",
                   "Parameters": {"Text": "Your number?", "StoreInput": "True", "InputTimeLimitSeconds": "5",
                                  "InputValidation": {"CustomValidation": {"MaximumLength": "8"}}},
                   "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "InputTimeLimitExceeded", "NextAction": "bye"},
                                                                {"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, kind: .flow(.contactFlow), reported: ["ask"])),
            .clean("branches only for errors the action raises", """
                flow: queues
                blocks:
                  transfer:
                    transfer_to_queue: { queue: billing, on_at_capacity: bye }
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    /// Every error type some action of the catalogue raises.
    static let knownErrors = Set(ActionCatalogue.all.flatMap(\.errors))

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        flow.blocks.compactMap { block in
            guard let spec = block.spec else { return nil }
            let invalid = block.outcomes.compactMap { outcome -> String? in
                guard case .error(let type) = outcome.kind,
                    block.errorsRuledOut.contains(type) || !spec.errors.contains(type) && Self.knownErrors.contains(type)
                        && type != "NoMatchingError" && (type != "NoMatchingCondition" || block.conditions.isEmpty)
                else { return nil }
                return type
            }
            guard !invalid.isEmpty else { return nil }
            let errors = spec.errors.filter { !block.errorsRuledOut.contains($0) }
            let raisable = errors.isEmpty ? "it raises none" : "it raises \(errors.joined(separator: ", "))"
            return Finding("\(block.action) '\(block.id)' never raises \(invalid.joined(separator: ", ")); \(raisable)",
                           about: block, in: flow)
        }
    }
}
