import FlowCore

/// `dead_end`: from this block no action that ends or leaves the flow can be reached, so a
/// caller who gets here is trapped.
///
/// Computed backwards from every action that ends the flow or hands the contact on — and, in
/// customer-queue and hold flows, every action that plays or waits, since Connect ends those
/// flows from outside when an agent takes the contact. Reported where the trap begins
/// (reachable blocks whose predecessors could still get out), not on every block inside it.
/// Cost: O(blocks + outcomes).
struct DeadEnd: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "dead_end", defaultSeverity: .error, summary: "no action that ends the flow can be reached from here"),
        rationale: """
            A caller must always be able to leave a flow: by a transfer, a disconnect or the end \
            of the flow. A block with no way out (a missing NextAction, or a cycle with no exit) \
            leaves the caller in silence until they hang up.
            """,
        examples: [
            .triggering("a loop whose every branch returns to it", """
                flow: trapped
                blocks:
                  hello:
                    play: Hi
                    next: ask
                    on_error: bye
                  bye:
                    disconnect:
                  ask:
                # ^ dead_end
                    menu:
                      prompt: Press 1
                      options: { 1: ask }
                      on_timeout: ask
                      on_invalid: ask
                    on_error: ask
                """),
            .clean("every path ends", """
                flow: exits
                blocks:
                  ask:
                    menu:
                      prompt: Press 1 to repeat, 2 to leave
                      options: { 1: ask, 2: bye }
                      on_timeout: bye
                      on_invalid: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        let index = flow.blockIndex
        guard index[flow.start] != nil else { return [] }
        let exits = Set(flow.blocks.filter { $0.leavesFlow || (flow.kind.waitsForAgent && $0.takesTime) }.map(\.id))
        let canLeave = flow.reaching(exits)
        let reached = flow.reachable(from: [flow.start])
        var entries = Set<BlockID>()
        if !canLeave.contains(flow.start) { entries.insert(flow.start) }
        for block in flow.blocks where reached.contains(block.id) && canLeave.contains(block.id) {
            for outcome in block.outcomes where index[outcome.target] != nil && !canLeave.contains(outcome.target) {
                entries.insert(outcome.target)
            }
        }
        return flow.blocks.filter { entries.contains($0.id) }.map { block in
            Finding("a caller who reaches '\(block.id)' is trapped: no path from it ends the flow or transfers the contact",
                    about: block, in: flow)
        }
    }
}
