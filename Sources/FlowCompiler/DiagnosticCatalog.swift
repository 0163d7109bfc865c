import FlowAnalysis
import FlowCore
import FlowFrontend

/// Every kind of diagnostic flowc can report, with the rules' rationale, for SARIF rule
/// metadata and documentation.
public enum DiagnosticCatalog {
    /// The tool's version, as SARIF reports it.
    public static let toolVersion = "0.1.0"

    /// Frontend problems first, then the rules in registry order, then the compiler's own.
    public static var kinds: [DiagnosticKind] {
        DiagnosticKind.frontendKinds + RuleRegistry.rules.map { $0.info.kind } + [.unknownRule, .unboundReference, .internalError]
    }

    /// Why a diagnostic matters, when the kind is a rule or an explained compiler diagnostic.
    public static func rationale(for id: String) -> String? {
        RuleRegistry.rule(id)?.info.rationale ?? Explanations.explanation(for: id)?.rationale
    }
}
