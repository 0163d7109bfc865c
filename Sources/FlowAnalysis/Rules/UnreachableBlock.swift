import FlowCore

/// `unreachable_block`: no path from the start reaches the block.
///
/// True graph reachability from the start, not "some transition names it": a cycle of blocks
/// that only name each other is unreachable too. Reported once per authored block. Cost:
/// O(blocks + outcomes).
struct UnreachableBlock: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "unreachable_block", defaultSeverity: .warning, summary: "a block no path from the start reaches"),
        rationale: """
            Blocks nobody can reach are dead weight that still counts towards the 250-action \
            limit, and usually mean a branch was wired to the wrong place: the block that should \
            run never does.
            """,
        examples: [
            .triggering("a retry loop left behind after a change", """
                flow: orphans
                blocks:
                  hello:
                    play: Hi
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                  old-prompt:
                # ^ unreachable_block
                    play: Please hold
                    next: old-loop
                    on_error: old-loop
                  old-loop:
                # ^ unreachable_block
                    loop: { count: 2, body: old-prompt, done: bye }
                """),
            .clean("every block is on some caller's path", """
                flow: reachable
                blocks:
                  hello:
                    play: Hi
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        guard flow.blockIndex[flow.start] != nil else { return [] }
        let reached = flow.reachable(from: [flow.start])
        var reported = Set<String>()
        return flow.blocks.compactMap { block in
            guard !reached.contains(block.id), reported.insert(block.origin).inserted else { return nil }
            return Finding("no path from the start reaches '\(block.origin)'", about: block, in: flow)
        }
    }
}
