/// One kind of problem flowc can report: a stable snake_case id, its default severity and a
/// one-line summary.
///
/// The id is what users and CI scripts match on; the wording of individual messages may change.
/// Each stage declares its kinds as static members (see `DiagnosticKind+Frontend.swift` in
/// FlowFrontend) and lists them in a registry, so that tests can prove every kind is exercised.
public struct DiagnosticKind: Hashable, Sendable, CustomStringConvertible {
    /// The stable id, for example `unknown_key`.
    public let id: String
    /// The severity used unless policy overrides it.
    public let defaultSeverity: Severity
    /// What the problem is, in one line.
    public let summary: String

    public init(id: String, defaultSeverity: Severity, summary: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
    }

    public var description: String { id }
}

extension DiagnosticKind {
    /// The IR broke one of its invariants after lowering: a bug in flowc, never in the input.
    public static let internalError = DiagnosticKind(
        id: "internal_error", defaultSeverity: .error,
        summary: "flowc produced an invalid flow graph (a bug in flowc; please report it)")
}
