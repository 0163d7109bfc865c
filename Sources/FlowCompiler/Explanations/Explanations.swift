import FlowAnalysis
import FlowCore

/// What `flowc explain` says about a diagnostic the reader or the compiler reports (not an
/// analysis rule): why it matters, and examples that run as tests like the rules' examples.
public struct Explanation: Sendable {
    public let kind: DiagnosticKind
    public let rationale: String
    public let examples: [DiagnosticExample]
    /// Why the diagnostic has no triggering example: no input causes it, or the input is too
    /// large to show.
    public var untriggerable: String?

    public init(_ kind: DiagnosticKind, rationale: String, examples: [DiagnosticExample], untriggerable: String? = nil) {
        self.kind = kind
        self.rationale = rationale
        self.examples = examples
        self.untriggerable = untriggerable
    }
}

/// The explanations of every diagnostic that is not an analysis rule: the readers' (YAML and
/// Connect JSON) and the compiler's own.
public enum Explanations {
    public static let all: [Explanation] = files + keys + names + blocks + connectJSON + compiler

    /// The explanation for a diagnostic id, if it is not a rule.
    public static func explanation(for id: String) -> Explanation? { byID[id] }

    private static let byID = Dictionary(all.map { ($0.kind.id, $0) }, uniquingKeysWith: { first, _ in first })
}
