import FlowAnalysis
import FlowCore
import FlowFrontend

extension DiagnosticKind {
    /// A rule id in flowc.yaml's `rules:` or a block's `suppress:` that no rule has.
    public static let unknownRule = DiagnosticKind(
        id: "unknown_rule", defaultSeverity: .warning, summary: "a rule id that no flowc rule has")
}

extension Compiler {
    /// The project's policy, with a warning for every rule id it names that does not exist.
    static func policy(for project: ProjectConfig, flows: [FlowGraph], strict: Bool) -> (Policy, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var overrides: [String: Severity?] = [:]
        for setting in project.ruleSettings {
            if let problem = unknownRule(setting.rule, at: setting.location) {
                diagnostics.append(problem)
            } else {
                overrides[setting.rule] = .some(setting.severity)
            }
        }
        for flow in flows {
            for block in flow.blocks {
                for suppression in block.suppressions {
                    if var problem = unknownRule(suppression.rule, at: suppression.location) {
                        problem.flow = flow.name
                        problem.block = block.origin
                        diagnostics.append(problem)
                    }
                }
            }
        }
        return (Policy(overrides: overrides, isStrict: strict), diagnostics)
    }

    private static func unknownRule(_ id: String, at location: SourceLocation) -> Diagnostic? {
        guard RuleRegistry.rule(id) == nil else { return nil }
        return Diagnostic(.unknownRule, "no rule '\(id)'" + Suggestion.hint(for: id, in: RuleRegistry.ids)
                              + " (`flowc rules` lists them)", at: location)
    }
}
