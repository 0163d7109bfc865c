import FlowCore

/// The project's choices about rules: a severity per rule id, or `off`.
///
/// Written in flowc.yaml as `rules: { silent_failure: error, unreachable_block: off }`. Rules
/// not named keep their default severity.
public struct Policy: Sendable {
    /// Severity per rule id; nil turns the rule off.
    public var overrides: [String: Severity?]
    /// Whether warnings fail the run too (`--strict`).
    public var isStrict: Bool

    public init(overrides: [String: Severity?] = [:], isStrict: Bool = false) {
        self.overrides = overrides
        self.isStrict = isStrict
    }

    /// The severity for a rule's finding, or nil when the rule is off.
    public func severity(for rule: RuleInfo, demotion: Int) -> Severity? {
        let base: Severity
        if let override = overrides[rule.id] {
            guard let override else { return nil }
            base = override
        } else {
            base = rule.kind.defaultSeverity
        }
        let ranked: [Severity] = [.error, .warning, .note]
        let position = min(ranked.firstIndex(of: base)! + max(demotion, 0), ranked.count - 1)
        return ranked[position]
    }

    /// The words flowc.yaml accepts for a rule.
    public static let levels: [String: Severity?] = ["error": .error, "warning": .warning, "note": .note, "off": nil]
}
