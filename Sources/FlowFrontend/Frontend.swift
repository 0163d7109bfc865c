import FlowCore
import Foundation

/// What the frontend makes of a project: its configuration, one graph per flow or module, and
/// every problem found on the way.
public struct FrontendResult: Sendable {
    public var project: ProjectConfig?
    /// The flows and modules, sorted by name.
    public var flows: [FlowGraph]
    public var diagnostics: [Diagnostic]
}

/// The flowc language frontend: `flowc.yaml` and flow files in, verified flow graphs out.
public enum Frontend {
    /// Reads, resolves and lowers every flow of a project. Never throws: every problem becomes a
    /// diagnostic, and flows are returned only as far as they could be built.
    public static func read(_ sources: ProjectSources) -> FrontendResult {
        let sink = DiagnosticSink()
        guard let projectFile = sources.files.first(where: { $0.relativePath == ProjectSources.projectFileName }) else {
            sink.report(.missingProjectFile, "no \(ProjectSources.projectFileName) in '\(sources.root)'; every project starts with one",
                        at: SourceLocation(file: (sources.root.hasSuffix("/") ? sources.root : sources.root + "/") + ProjectSources.projectFileName))
            return FrontendResult(project: nil, flows: [], diagnostics: sink.diagnostics)
        }
        guard let project = readProject(projectFile, sink: sink) else {
            return FrontendResult(project: nil, flows: [], diagnostics: sink.diagnostics)
        }
        // Flows are read and lowered in parallel; the diagnostics are sorted at the end.
        let files = flowFiles(of: sources, project: project, projectFile: projectFile, sink: sink)
        let declarations = eachFlow(files, reportingInto: sink) { file, flowSink in
            readFlow(file, project: project, sink: flowSink)
        }.compactMap { $0 }
        let table = flowTable(declarations, sink: sink)
        checkFlowBindings(project, flows: table, sink: sink)
        let kinds = table.mapValues(\.kind)
        let defined = declarations.filter { table[$0.name.value]?.file == $0.file }
        let flows = eachFlow(defined, reportingInto: sink) { declaration, flowSink in
            FlowLowering(project: project, flows: kinds, sink: flowSink).lower(declaration)
        }
        if !sink.diagnostics.containsErrors {
            Parallel.map(flows, FlowVerifier.verify).joined().forEach(sink.report)
        }
        return FrontendResult(
            project: project, flows: flows.sorted { $0.name < $1.name }, diagnostics: sink.diagnostics.sorted())
    }

    /// `work` on each item in parallel, each with a sink of its own, whose diagnostics then go
    /// into `sink` in the items' order.
    private static func eachFlow<Item: Sendable, Result: Sendable>(
        _ items: [Item], reportingInto sink: DiagnosticSink, _ work: @Sendable (Item, DiagnosticSink) -> Result
    ) -> [Result] {
        Parallel.map(items) { item in
            let own = DiagnosticSink()
            return (work(item, own), own.diagnostics)
        }.map { result, diagnostics in
            diagnostics.forEach(sink.report)
            return result
        }
    }

    static let projectNameSections = [
        "queues": "queue", "hours": "hours of operation", "lambdas": "Lambda function", "prompts": "prompt",
        "lex_bots": "Lex bot", "environments": "environment", "inputs": "input", "outputs": "output",
    ]

    private static func readProject(_ file: SourceFile, sink: DiagnosticSink) -> ProjectConfig? {
        guard let text = decode(file, sink: sink),
            let root = YAMLLoader(nameSections: projectNameSections).load(text, file: file.path, into: sink)
        else { return nil }
        return ProjectReader(file: file.path, sink: sink.scoped(flow: nil)).read(root)
    }

    private static func readFlow(_ file: SourceFile, project: ProjectConfig, sink: DiagnosticSink) -> FlowDeclaration? {
        guard let text = decode(file, sink: sink),
            let root = YAMLLoader(nameSections: ["blocks": "block"]).load(text, file: file.path, into: sink)
        else { return nil }
        let declaration = FlowReader(file: file.path, sink: sink, defaults: project.defaults, source: SourceLines(text)).read(root)
        ArnScanner.scan(root, flow: declaration?.name.value, into: sink)
        return declaration
    }
}
