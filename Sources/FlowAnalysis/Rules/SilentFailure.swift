import FlowCore

/// `silent_failure`: an error path that reaches a disconnect without any prompt to the caller.
///
/// Error branches of prompt-playing actions are exempt: when a prompt cannot play, an apology
/// would fail too. `NoMatchingCondition` is a result, not a failure, and is not counted. Computed backwards from every disconnect through actions that play nothing.
/// Cost: O(blocks + outcomes).
struct SilentFailure: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "silent_failure", defaultSeverity: .warning,
                       summary: "an error path that hangs up without a word to the caller"),
        rationale: """
            When a Lambda or a transfer fails and the flow hangs up straight away, the caller \
            hears the line go dead and calls again, angrier. Say something first: an apology, a \
            number to call, a promise of a callback.
            """,
        examples: [
            .triggering("a failed lookup hangs up in silence", """
                flow: rude
                blocks:
                  lookup:
                # ^ silent_failure
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: hello
                    on_error: bye
                  hello:
                    play: Hello
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .clean("a failed lookup apologises first", """
                flow: polite
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: bye
                    on_error: sorry
                  sorry:
                    play: Sorry, something went wrong. Please call again later.
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        let hangUps = Set(flow.blocks.filter { $0.action == "DisconnectParticipant" }.map(\.id))
        guard !hangUps.isEmpty, flow.blockIndex[flow.start] != nil else { return [] }
        let silentToHangUp = flow.reaching(hangUps) { block, _ in !block.playsPrompt }
        let reached = flow.reachable(from: [flow.start])
        return flow.blocks.compactMap { block in
            guard reached.contains(block.id), !block.playsPrompt else { return nil }
            let silent = block.outcomes.filter {
                $0.kind.isError && $0.kind != .error("NoMatchingCondition") && silentToHangUp.contains($0.target)
            }
            guard let first = silent.first else { return nil }
            return Finding("when '\(block.id)' fails (\(silent.map(\.kind.description).joined(separator: ", "))), the caller is disconnected without hearing why",
                           about: block, in: flow, notes: [Diagnostic.Note("the silent path starts at '\(first.target)'", at: first.location)])
        }
    }
}
