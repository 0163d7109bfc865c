import FlowBackends
import FlowCore
import FlowFrontend
import Foundation

/// What `flowc import` produced: the project's files (all or nothing) and what it found.
public struct ImportResult: Sendable {
    /// `flowc.yaml` and one source file per flow; empty when there are errors.
    public var files: [OutputFile]
    public var diagnostics: [Diagnostic]
    /// Per flow: name, actions, and how many blocks needed the generic form.
    public var flows: [(name: String, actions: Int, generic: Int)]
}

/// `flowc import`: Connect flow JSON to flowc source that builds back to the same flows.
///
/// Reads every file, names resources and blocks, writes each block in its friendliest form, then
/// compiles the result and compares it with the original action by action; blocks that do not
/// come back identical are written in the generic form instead, until the whole project does.
/// The analyses' findings do not stop an import: they were in the original. Errors among them
/// are suppressed on their blocks, with a reason saying so, so that the project builds.
public enum Importer {
    /// - Parameters:
    ///   - files: Connect JSON files; each becomes one flow named after its file (or `name` when
    ///     there is one file).
    ///   - project: the project's name (made a valid name: `My Flows` becomes `my-flows`).
    public static func run(_ files: [SourceFile], kind: FlowKind?, name: String?, project: String) -> ImportResult {
        var diagnostics: [Diagnostic] = []
        var graphs: [FlowGraph] = []
        var resources = ImportedResources()
        // A flow is written to NAME.yaml beside the project file, so `flowc` is not a flow's name.
        var taken: Set = [String(ProjectSources.projectFileName.prefix { $0 != "." })]
        for file in files {
            let (graph, arn, read) = ConnectFlowImporter.readDescribed(file, kind: kind)
            let problems = read.map(Self.escalatingLoss)
            diagnostics += problems
            guard var graph, !problems.containsErrors else { continue }
            graph.name = uniqueName(files.count == 1 ? name ?? graph.name : graph.name, taken: &taken)
            diagnostics += ImportChecks.problems(in: graph)
            // Transfers to a flow imported with it name that flow, not an external one.
            if let arn { resources.declare(projectFlow: graph.name, module: graph.kind == .module, arn: arn) }
            graphs.append(graph)
        }
        graphs = graphs.map { readingOrder(resources.extract(from: $0)) }
        guard !diagnostics.containsErrors, !graphs.isEmpty else {
            return ImportResult(files: [], diagnostics: diagnostics.sorted(), flows: [])
        }
        var projectNames = Set<String>()
        let projectFile = OutputFile(
            path: ProjectSources.projectFileName,
            text: ImportedProjectFile(project: uniqueName(project, taken: &projectNames), resources: resources).text)
        var round = ImportRound(graphs: graphs, projectFile: projectFile, sources: files)
        // Each round compiles the whole project: stop as soon as one changes nothing.
        for _ in 0..<4 { guard round.refine() else { break } }
        for _ in 0..<3 { guard round.suppressFindings() else { break } }
        let final = round.compile()
        diagnostics += final.diagnostics
        let flows = graphs.map { ($0.name, $0.blocks.count, round.genericCount($0)) }
        let written = final.diagnostics.contains(where: \.isSourceError) ? [] : round.files
        return ImportResult(files: written, diagnostics: diagnostics.sorted(), flows: flows)
    }

    /// An unknown condition operator is read as `==` to analyse the flow, a warning for `flowc
    /// check`; written into source it would change what the flow does, so import stops there.
    static func escalatingLoss(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.kind == .unknownOperator else { return diagnostic }
        var escalated = diagnostic
        escalated.severity = .error
        escalated.message += "; importing it would change the condition, so nothing is written"
        return escalated
    }

    /// The blocks in the order a reader follows them: depth first from the start, then those
    /// nothing reaches, in their original order.
    static func readingOrder(_ graph: FlowGraph) -> FlowGraph {
        let order = graph.depthFirstSearch().preorder
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var graph = graph
        graph.blocks = graph.blocks.enumerated().sorted {
            (position[$0.element.id] ?? order.count + $0.offset, $0.offset) < (position[$1.element.id] ?? order.count + $1.offset, $1.offset)
        }.map(\.element)
        return graph
    }

    /// A flow name from a file name: lower-case words joined by `-`, unique.
    static func uniqueName(_ raw: String, taken: inout Set<String>) -> String {
        var base = BlockNamer.kebab(raw)
        while let first = base.first, !first.isLetter || base.hasPrefix("b-") { base = String(base.drop { $0 != "-" }.dropFirst()) }
        if base.isEmpty { base = "flow" }
        var name = base, serial = 2
        while taken.contains(name) { name = "\(base)-\(serial)"; serial += 1 }
        taken.insert(name)
        return name
    }
}

extension OutputFile {
    init(path: String, text: String) { self.init(path: path, contents: text) }
}
