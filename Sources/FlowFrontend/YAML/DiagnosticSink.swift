import FlowCore

/// Collects the diagnostics of one frontend run. Readers report into it and carry on, so one run
/// reports every problem.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func report(
        _ kind: DiagnosticKind, _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []
    ) {
        diagnostics.append(Diagnostic(kind, message, at: location, notes: notes))
    }

    /// Reports into this sink with the flow and block names filled in.
    func scoped(flow: String?, block: String? = nil) -> ScopedSink {
        ScopedSink(sink: self, flow: flow, block: block)
    }
}

/// A view of a `DiagnosticSink` that stamps each diagnostic with a flow and block name.
struct ScopedSink {
    let sink: DiagnosticSink
    let flow: String?
    let block: String?

    func report(
        _ kind: DiagnosticKind, _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []
    ) {
        sink.report(Diagnostic(kind, message, at: location, flow: flow, block: block, notes: notes))
    }

    func block(_ name: String) -> ScopedSink { ScopedSink(sink: sink, flow: flow, block: name) }
}
