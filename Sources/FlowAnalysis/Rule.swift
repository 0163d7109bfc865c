import FlowCore

/// One analysis: a stable id, what it proves, why it matters, and examples that are both
/// documentation (`flowc explain ID`) and tests.
///
/// Rules report `Finding`s; the `Analyzer` turns them into diagnostics with the severity policy
/// gives and drops the ones a block suppresses. Rules never format output or set severities.
public protocol Rule: Sendable {
    var info: RuleInfo { get }
    func check(_ context: AnalysisContext) -> [Finding]
}

/// A rule that looks at one flow at a time.
public protocol FlowRule: Rule {
    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding]
}

extension FlowRule {
    public func check(_ context: AnalysisContext) -> [Finding] {
        context.flows.flatMap { check($0, in: context) }
    }
}

/// What a rule is, for the registry, `flowc rules`, `flowc explain` and SARIF.
public struct RuleInfo: Sendable {
    /// The id (fixed: users and CI scripts rely on it), default severity and one-line summary.
    public let kind: DiagnosticKind
    /// Why the rule matters to a contact centre.
    public let rationale: String
    /// Examples that trigger the rule and examples that do not, run as tests.
    public let examples: [RuleExample]

    public init(_ kind: DiagnosticKind, rationale: String, examples: [RuleExample]) {
        self.kind = kind
        self.rationale = rationale
        self.examples = examples
    }

    public var id: String { kind.id }
}

/// One problem a rule found, before policy decides its severity.
public struct Finding: Sendable {
    public var message: String
    public var location: SourceLocation
    /// The flow the problem is in; nil for a problem in flowc.yaml itself.
    public var flow: String?
    /// The authored block (its origin), which is also what a suppression names.
    public var block: String?
    public var notes: [Diagnostic.Note]
    /// Steps below the rule's severity for a lesser form of the problem (error → warning →
    /// note), such as a flow approaching rather than over the size limit.
    public var demotion: Int

    public init(
        _ message: String, at location: SourceLocation, flow: String?, block: String? = nil,
        notes: [Diagnostic.Note] = [], demotion: Int = 0
    ) {
        self.message = message
        self.location = location
        self.flow = flow
        self.block = block
        self.notes = notes
        self.demotion = demotion
    }

    /// A finding about a block, at the block.
    public init(_ message: String, about block: Block, in flow: FlowGraph, notes: [Diagnostic.Note] = [], demotion: Int = 0) {
        self.init(message, at: block.location, flow: flow.name, block: block.origin, notes: notes, demotion: demotion)
    }
}
