import FlowCore

/// `action_not_allowed`: an action the flow's type does not allow (the reference's permission
/// matrix, §2.5; modules follow the inbound-flow column).
///
/// Cost: O(blocks).
struct ActionNotAllowed: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "action_not_allowed", defaultSeverity: .error, summary: "an action this flow type does not allow"),
        rationale: """
            Each flow type runs at a different moment of a contact: a whisper plays to one party \
            before the call connects, a customer-queue flow runs while the caller waits. Actions \
            outside what the type supports (a transfer in a whisper, a menu in a hold flow) fail \
            or are rejected on publish.
            """,
        examples: [
            .triggering("a transfer inside an agent whisper", """
                flow: whisper
                type: AGENT_WHISPER
                blocks:
                  whisper:
                    play: VIP caller
                    next: transfer
                    on_error: transfer
                  transfer:
                # ^ action_not_allowed
                    transfer_to_queue: billing
                    on_error: done
                  done:
                    end_flow:
                """),
            .clean("a whisper that plays and ends", """
                flow: whisper
                type: AGENT_WHISPER
                blocks:
                  whisper:
                    play: VIP caller
                    next: done
                    on_error: done
                  done:
                    end_flow:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        var reported = Set<String>()
        return flow.blocks.compactMap { block in
            guard let spec = block.spec, !spec.allowedIn.contains(flow.kind), reported.insert(block.origin).inserted
            else { return nil }
            let allowed = spec.allowedIn.sorted().map(\.description).joined(separator: ", ")
            return Finding("\(block.action) is not allowed in \(flow.kind) flows, only in \(allowed)", about: block, in: flow)
        }
    }
}
