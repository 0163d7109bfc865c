import FlowCore

/// Runs every rule of the registry over a set of flows and turns findings into diagnostics:
/// severity from the policy, findings on suppressed blocks dropped.
public enum Analyzer {
    /// - Parameters:
    ///   - external: names of flows and modules declared as external in flowc.yaml.
    ///   - declarations: what flowc.yaml declares beyond the flows (Lambda contracts, …).
    public static func analyze(
        _ flows: [FlowGraph], policy: Policy = Policy(), external: Set<String> = [],
        declarations: ProjectDeclarations = ProjectDeclarations()
    ) -> [Diagnostic] {
        let context = AnalysisContext(flows: flows, external: external, declarations: declarations)
        let suppressed = suppressions(in: flows)
        var diagnostics: [Diagnostic] = []
        // The rules are independent: they run in parallel, their findings kept in the registry's order.
        let findings = Parallel.map(RuleRegistry.rules) { $0.check(context) }
        for (rule, ruleFindings) in zip(RuleRegistry.rules, findings) {
            for finding in ruleFindings {
                guard let severity = policy.severity(for: rule.info, demotion: finding.demotion) else { continue }
                if let flow = finding.flow, let block = finding.block,
                    suppressed[SuppressionKey(flow: flow, block: block)]?.contains(rule.info.id) == true {
                    continue
                }
                var diagnostic = Diagnostic(
                    rule.info.kind, finding.message, at: finding.location, flow: finding.flow, block: finding.block,
                    notes: finding.notes)
                diagnostic.severity = severity
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics.sorted()
    }

    private struct SuppressionKey: Hashable {
        var flow: String
        var block: String
    }

    /// Rule ids suppressed per authored block.
    private static func suppressions(in flows: [FlowGraph]) -> [SuppressionKey: Set<String>] {
        var result: [SuppressionKey: Set<String>] = [:]
        for flow in flows {
            for block in flow.blocks where !block.suppressions.isEmpty {
                result[SuppressionKey(flow: flow.name, block: block.origin), default: []]
                    .formUnion(block.suppressions.map(\.rule))
            }
        }
        return result
    }
}
