import FlowCore

/// `unknown_flow_reference`: a transfer, module call or event hook naming a flow that is not in
/// the project, or one of the wrong type (TransferToFlow targets inbound and transfer flows; a
/// CustomerQueue hook a customer-queue flow; InvokeFlowModule a module; …).
///
/// Cost: O(parameters).
struct UnknownFlowReference: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "unknown_flow_reference", defaultSeverity: .error,
                       summary: "a reference to a flow that is not in the project, or of the wrong type"),
        rationale: """
            Connect checks a referenced flow only when the contact reaches the block: a queue hook \
            pointing at an inbound flow, or a transfer to a whisper flow, fails in front of a \
            caller. flowc knows every flow's type, so it checks each reference before deploy.
            """,
        examples: [
            RuleExample(title: "a queue hook that names a whisper flow", triggers: true, source: .flowLanguage([
                "main.yaml": """
                    flow: main
                    blocks:
                      hooks:
                        set_hooks: { customer_queue: whisper }
                    #                ^ unknown_flow_reference
                        next: bye
                        on_error: bye
                      bye:
                        disconnect:
                    """,
                "whisper.yaml": "flow: whisper\ntype: AGENT_WHISPER\nblocks:\n  done: { end_flow: }\n",
            ])),
            RuleExample(title: "a queue hook that names a customer-queue flow", triggers: false, source: .flowLanguage([
                "main.yaml": """
                    flow: main
                    blocks:
                      hooks:
                        set_hooks: { customer_queue: waiting }
                        next: bye
                        on_error: bye
                      bye:
                        disconnect:
                    """,
                "waiting.yaml": "flow: waiting\ntype: CUSTOMER_QUEUE\nblocks:\n  done: { end_flow: }\n",
            ])),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        guard flow.format == .flowLanguage else { return [] }
        return FlowReference.all(in: flow).compactMap { reference in
            let name = reference.target.name
            if context.kinds[name] == nil && context.external.contains(name) { return nil }  // owned elsewhere
            guard let kind = context.kinds[name] else {
                return Finding("'\(reference.block.id)' \(reference.relation) '\(name)', which is not in the project",
                               about: reference.block, in: flow)
            }
            guard let expected = reference.expected, !expected.contains(kind) else { return nil }
            let wanted = expected.sorted().map(\.description).joined(separator: " or ")
            return Finding("'\(reference.block.id)' \(reference.relation) '\(name)', a \(kind) flow; it needs \(wanted)",
                           about: reference.block, in: flow)
        }
    }
}
