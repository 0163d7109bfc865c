import FlowCore

/// `unbounded_loop`: a cycle that can repeat without bound through timeouts, errors or
/// invalid input.
///
/// A cycle is bounded when every way around it passes a Loop action's ContinueLooping edge
/// whose DoneLooping edge leaves the cycle, or a counter comparison whose counter only moves
/// forward along constants (`LoopBounds`, `CounterBound`): the retries flowc lowers, and the
/// same pattern by hand. Cycles that remain are errors, except those
/// a caller can only go round by choosing to (pressing "9 to repeat"), reported as notes, and
/// those that only repeat while a Lambda function's or module's answer says so, reported as
/// warnings. Customer-queue and hold flows exist to loop until an agent takes the contact, so there
/// only cycles that neither play anything nor wait are reported (a busy loop). SCCs, not path
/// enumeration: O((blocks + outcomes) × loop nesting depth).
struct UnboundedLoop: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "unbounded_loop", defaultSeverity: .error,
                       summary: "a cycle that can repeat without bound through timeouts, errors or invalid input"),
        rationale: """
            A menu that re-asks forever on silence keeps an unattended line (a pocket dial, a \
            caller who gave up) open for hours, paid by the minute, and a Lambda retried in a \
            loop without a count turns one outage into a flood. Every automatic retry needs a \
            bound. Repeats only the caller can choose ("press 9 to hear this again") are noted, \
            not failed.
            """,
        examples: [
            .triggering("a menu that re-asks on silence forever", """
                flow: forever
                blocks:
                  ask:
                # ^ unbounded_loop
                    menu:
                      prompt: Press 1 for billing
                      options: { 1: billing }
                      on_timeout: ask
                      on_invalid: ask
                    on_error: bye
                  billing:
                    transfer_to_queue: billing
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .triggering("a repeat option only the caller can choose is a note", """
                flow: repeat
                blocks:
                  ask:
                # ^ unbounded_loop
                    menu:
                      prompt: Press 1 for billing, 9 to hear this again
                      options: { 1: billing, 9: ask }
                      retries: 2
                      fallback: billing
                    on_error: bye
                  billing:
                    transfer_to_queue: billing
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .clean("hold music in a customer-queue flow loops until an agent answers", """
                flow: waiting
                type: CUSTOMER_QUEUE
                blocks:
                  music:
                    loop_prompts: { prompts: [Thank you for waiting.], interrupt: 60, on_interrupt: reminder }
                    on_error: done
                  reminder:
                    play: You are still in the queue.
                    next: music
                    on_error: music
                  done:
                    end_flow:
                """),
            .triggering("a counter that never moves on", """
                flow: stuck
                blocks:
                  start:
                    set_attributes: { tries: "0" }
                    next: ask
                    on_error: bye
                  ask:
                # ^ unbounded_loop
                    menu: { prompt: Press 1, options: { 1: bye }, on_timeout: count, on_invalid: count }
                    on_error: bye
                  count:
                    branch: { value: $.Attributes.tries, cases: { "0": again }, otherwise: bye }
                  again:
                    set_attributes: { tries: "0" }
                    next: ask
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .triggering("a counter whose retry target resets it", """
                flow: reset
                blocks:
                  reset:
                # ^ unbounded_loop
                    set_attributes: { tries: "0" }
                    next: count
                    on_error: bye
                  count:
                    branch: { value: $.Attributes.tries, cases: { "0": bump }, otherwise: bye }
                  bump:
                    set_attributes: { tries: "1" }
                    next: reset
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .triggering("retries that fall back to the block itself start again, forever", """
                flow: forever
                blocks:
                  ask:
                # ^ unbounded_loop
                    menu: { prompt: Press 1, options: { 1: bye }, retries: 2, fallback: ask }
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .clean("a counter written by hand: 0, 1, 2, then out", """
                flow: counted
                blocks:
                  start:
                    set_attributes: { tries: "0" }
                    next: ask
                    on_error: bye
                  ask:
                    menu: { prompt: Press 1, options: { 1: bye }, on_timeout: count, on_invalid: count }
                    on_error: bye
                  count:
                    branch: { value: $.Attributes.tries, cases: { "0": second, "1": third }, otherwise: bye }
                  second:
                    set_attributes: { tries: "1" }
                    next: ask
                    on_error: bye
                  third:
                    set_attributes: { tries: "2" }
                    next: ask
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .clean("retries bounded by their counter", """
                flow: bounded
                blocks:
                  ask:
                    menu:
                      prompt: Press 1 for billing
                      options: { 1: billing }
                      retries: 2
                      no_input_prompt: Sorry, I did not hear that.
                      fallback: billing
                    on_error: bye
                  billing:
                    transfer_to_queue: billing
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        let bounds = LoopBounds(flow)
        let unbounded = flow.cycles { block, outcome in !bounds.isBounding(block, outcome) }
        guard !unbounded.isEmpty else { return [] }
        let involuntary = Set(flow.cycles { block, outcome in
            !bounds.isBounding(block, outcome) && !block.isCallerChoice(outcome)
        }.joined())
        let unguarded = Set(flow.cycles { block, outcome in
            !bounds.isBounding(block, outcome) && !block.isCallerChoice(outcome) && !bounds.isGuardedByLambda(block, outcome)
        }.joined())
        let index = flow.blockIndex
        return unbounded.compactMap { cycle in
            let block = flow.blocks[index[cycle[0]]!]
            if flow.isWaitingLoop(cycle, index: index) { return nil }
            let route = cycle.map { "'\($0)'" }.joined(separator: " → ")
            let note = Diagnostic.Note("the cycle goes through \(route)", at: block.location)
            guard cycle.contains(where: involuntary.contains) else {
                return Finding("callers can repeat the cycle through '\(block.id)' as often as they choose",
                               about: block, in: flow, notes: [note], demotion: 2)
            }
            guard cycle.contains(where: unguarded.contains) else {
                let deciders = cycle.compactMap { index[$0].map { flow.blocks[$0] } }.filter { member in
                    member.outcomes.contains { bounds.guardingComparison(of: member, $0) != nil }
                }
                let notes = [note] + deciders.map { decider in
                    Diagnostic.Note("'\(decider.id)' compares \(decider.string("ComparisonValue") ?? "an answer") to decide whether to go round again",
                                    at: decider.location)
                }
                return Finding("the cycle through '\(block.id)' repeats until a Lambda function's or module's answer ends it; "
                                   + "flowc cannot prove that it does (add retries, a Loop or a counter to bound it)",
                               about: block, in: flow, notes: notes, demotion: 1)
            }
            return Finding("the cycle through '\(block.id)' can repeat without bound: no Loop count or counter limits it",
                           about: block, in: flow, notes: [note])
        }
    }
}
