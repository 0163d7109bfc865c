import FlowCore

/// `flow_too_large`: more than 250 actions in one flow or module; a warning (one step below
/// the rule's severity) above 200, while there is still room to split.
///
/// Counts actions after lowering, as Connect will see them. Cost: O(1).
struct FlowTooLarge: FlowRule {
    static let warningThreshold = 200

    let info = RuleInfo(
        DiagnosticKind(id: "flow_too_large", defaultSeverity: .error,
                       summary: "more than 250 actions in one flow or module (a warning above 200)"),
        rationale: """
            Connect rejects a flow of more than 250 actions. Compound blocks (menus with retries, \
            Lambda calls with retries, several hooks) lower to several actions each, so a flow \
            can cross the limit without growing much in source. Split it into modules or \
            transfer flows before it does.
            """,
        examples: [
            .clean("a small flow", """
                flow: small
                blocks:
                  bye:
                    disconnect:
                """),
            .triggering("201 actions: close to the limit", Self.chain(201)),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        let count = flow.blocks.count
        guard count > Self.warningThreshold else { return [] }
        let over = count > ConnectLimits.actionsPerFlow
        let message = over
            ? "\(flow.name) has \(count) actions; Connect allows \(ConnectLimits.actionsPerFlow) per flow or module"
            : "\(flow.name) has \(count) actions, close to Connect's limit of \(ConnectLimits.actionsPerFlow)"
        return [Finding(message, at: flow.location, flow: flow.name, demotion: over ? 0 : 1)]
    }

    /// A flow of `count` actions: prompts in a chain, then a disconnect.
    static func chain(_ count: Int) -> String {
        var lines = ["flow: long", "#     ^ flow_too_large", "blocks:"]
        for index in 1..<count {
            let next = index == count - 1 ? "bye" : "p\(index + 1)"
            lines.append("  p\(index): { play: Step \(index), next: \(next), on_error: bye }")
        }
        lines.append("  bye: { disconnect: }")
        return lines.joined(separator: "\n")
    }
}
