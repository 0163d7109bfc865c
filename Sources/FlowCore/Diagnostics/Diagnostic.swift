/// A problem found in the input, kept as data until the very end.
///
/// Diagnostics carry the position of the YAML (or JSON) that caused them plus the flow and block
/// names, and may carry notes that point elsewhere ("first defined here").
public struct Diagnostic: Hashable, Sendable {
    /// A secondary message, optionally at another position.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var kind: DiagnosticKind
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// The flow or module the problem is in, when there is one.
    public var flow: String?
    /// The block (as the author named it) the problem is in, when there is one.
    public var block: String?
    public var notes: [Note]

    /// The stable id, for example `unknown_key`.
    public var id: String { kind.id }

    public init(
        _ kind: DiagnosticKind, _ message: String, at location: SourceLocation,
        flow: String? = nil, block: String? = nil, notes: [Note] = []
    ) {
        self.kind = kind
        self.severity = kind.defaultSeverity
        self.message = message
        self.location = location
        self.flow = flow
        self.block = block
        self.notes = notes
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, then position, then id, so that reports are deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// How many diagnostics have the given severity.
    public func count(of severity: Severity) -> Int { filter { $0.severity == severity }.count }
}
