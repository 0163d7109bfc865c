import FlowBackends
import FlowCore
import Foundation

/// One attempt at writing imported flows as source, and the check that it builds back to them.
struct ImportRound {
    let graphs: [FlowGraph]
    let projectFile: OutputFile
    let sources: [SourceFile]
    /// Block names by flow, then by original id.
    let names: [String: [BlockID: String]]
    /// Blocks written in the generic form, by flow.
    private(set) var generic: [String: Set<BlockID>] = [:]
    /// Rules suppressed on blocks, by flow: the errors the analyses find in the original flow.
    private(set) var suppressed: [String: [BlockID: Set<String>]] = [:]
    /// Rules whose errors are about a whole flow (`flow_too_large`), with no block to suppress
    /// them on: flowc.yaml makes them warnings, saying why.
    private(set) var demoted: Set<String> = []
    /// The last compilation and the choices it was made with: a round that changed nothing
    /// does not compile the same sources again.
    private var compiled: (choices: Choices, compilation: Compilation)?

    /// What decides the files written: the generic blocks, the suppressions, the demoted rules.
    private struct Choices: Equatable {
        var generic: [String: Set<BlockID>]
        var suppressed: [String: [BlockID: Set<String>]]
        var demoted: Set<String>
    }

    static let suppressionReason = "in the original flow when imported; fix it, then delete this line"

    init(graphs: [FlowGraph], projectFile: OutputFile, sources: [SourceFile]) {
        self.graphs = graphs
        self.projectFile = projectFile
        self.sources = sources
        names = Dictionary(uniqueKeysWithValues: graphs.map { ($0.name, BlockNamer.names(for: $0)) })
    }

    /// How many blocks of the flow are written in the generic form.
    func genericCount(_ graph: FlowGraph) -> Int {
        FlowYAMLEmitter(names: names[graph.name]!, generic: generic[graph.name] ?? []).genericBlocks(in: graph).count
    }

    /// `flowc.yaml` and one file per flow.
    var files: [OutputFile] {
        [projectFileWithRules] + zip(graphs, sourceNames).map { graph, source in
            let silenced = (suppressed[graph.name] ?? [:]).mapValues { rules in
                rules.sorted().map { (rule: $0, reason: Self.suppressionReason) }
            }
            let emitter = FlowYAMLEmitter(names: names[graph.name]!, generic: generic[graph.name] ?? [], suppressions: silenced)
            var comments = ["Imported by `flowc import` from \(source). The Connect designer's layout and labels are not kept."]
            let newer = Set(graph.blocks.filter { $0.spec == nil }.map(\.action)).sorted()
            if !newer.isEmpty { comments.append("Action types newer than flowc's catalogue, kept as written: \(newer.joined(separator: ", ")).") }
            return OutputFile(path: "\(graph.name).yaml", contents: emitter.render(graph, comments: comments))
        }
    }

    private var projectFileWithRules: OutputFile {
        guard !demoted.isEmpty else { return projectFile }
        let rules = demoted.sorted().map { "  \($0): warning   # \(Self.suppressionReason)" }
        return OutputFile(path: projectFile.path, contents: projectFile.contents + (["rules:"] + rules).joined(separator: "\n") + "\n")
    }

    private var sourceNames: [String] { sources.map { URL(fileURLWithPath: $0.path).lastPathComponent } }

    /// The diagnostics and graphs of the files as they stand (nothing emitted: only they are read).
    mutating func compile() -> Compilation {
        let choices = Choices(generic: generic, suppressed: suppressed, demoted: demoted)
        if let compiled, compiled.choices == choices { return compiled.compilation }
        let files = files.map { SourceFile(path: "imported/\($0.path)", relativePath: $0.path, contents: Data($0.contents.utf8)) }
        let compilation = Compiler.compile(ProjectSources(root: "imported", files: files), options: CompileOptions(emitsOutputs: false))
        compiled = (choices, compilation)
        return compilation
    }

    /// Suppresses, on their blocks, the analyses' errors about the flows as imported, so that the
    /// project builds; each suppression says it came from the original. A finding about several
    /// blocks at once (at the flow, with a note at each) is suppressed on each of them. Returns
    /// whether any was added.
    mutating func suppressFindings() -> Bool {
        var added = false
        let compilation = compile()
        let flows = Dictionary(compilation.flows.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = names.mapValues { byID in Dictionary(byID.map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) }
        for diagnostic in compilation.diagnostics where diagnostic.severity == .error && RuleRegistry.rule(diagnostic.id) != nil {
            guard let flow = diagnostic.flow else { continue }
            let blocks = diagnostic.block.map { [$0] } ?? Self.blocks(noted: diagnostic, in: flows[flow])
            if blocks.isEmpty { added = demoted.insert(diagnostic.id).inserted || added }
            for block in blocks {
                guard let id = ids[flow]?[block] else { continue }
                added = suppressed[flow, default: [:]][id, default: []].insert(diagnostic.id).inserted || added
            }
        }
        return added
    }

    /// The authored blocks a finding's notes point at.
    private static func blocks(noted diagnostic: Diagnostic, in flow: FlowGraph?) -> [String] {
        let noted = Set(diagnostic.notes.compactMap(\.location))
        return Array(Set((flow?.blocks ?? []).filter { noted.contains($0.location) }.map(\.origin))).sorted()
    }

    /// Compiles the current sources and moves every block that did not come back identical to
    /// the generic form. Returns whether anything moved.
    mutating func refine() -> Bool {
        let compilation = compile()
        let rebuilt = Dictionary(compilation.flows.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let sourceErrors = Dictionary(grouping: compilation.diagnostics.filter(\.isSourceError), by: \.flow)
        var changed = false
        for graph in graphs {
            let names = self.names[graph.name]!
            let byName = Dictionary(names.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var failing = Set((sourceErrors[graph.name] ?? []).compactMap { $0.block.flatMap { byName[$0] } })
            let index = rebuilt[graph.name]?.blockIndex ?? [:]
            for block in graph.blocks {
                let copy = index[BlockID(names[block.id]!)].flatMap { rebuilt[graph.name]?.blocks[$0] }
                if copy.map({ !BlockEquivalence.same(block, $0, names: names) }) ?? true { failing.insert(block.id) }
            }
            let added = failing.subtracting(generic[graph.name] ?? [])
            if !added.isEmpty {
                generic[graph.name, default: []].formUnion(added)
                changed = true
            }
        }
        return changed
    }
}

extension Diagnostic {
    /// An error in the source itself, as opposed to an analysis finding about the flow.
    var isSourceError: Bool { severity == .error && RuleRegistry.rule(id) == nil }
}

/// Whether a rebuilt block is the original: same action, parameters and labelled transitions
/// (targets compared through the names given to the original blocks; a `next` the designer
/// implies is left out, since the emitter writes it back).
enum BlockEquivalence {
    static func same(_ original: Block, _ rebuilt: Block, names: [BlockID: String]) -> Bool {
        guard original.action == rebuilt.action, original.parameters == rebuilt.parameters else { return false }
        let leaves = original.spec?.exit == .leavesFlowOnSuccess
        let left = transitions(original.outcomesWithoutImpliedNext, leaves: leaves) { names[$0] ?? $0.rawValue }
        let right = transitions(rebuilt.outcomesWithoutImpliedNext, leaves: leaves) { $0.rawValue }
        return left == right
    }

    /// Conditions in order, then `next` and errors sorted; `next` is dropped where success leaves the flow.
    private static func transitions(_ outcomes: [Outcome], leaves: Bool, name: (BlockID) -> String) -> [String] {
        let conditions = outcomes.filter { if case .condition = $0.kind { true } else { false } }
        let others = outcomes.filter { if case .condition = $0.kind { false } else { !(leaves && $0.kind == .next) } }
        return conditions.map { "\($0.kind) → \(name($0.target))" } + others.map { "\($0.kind) → \(name($0.target))" }.sorted()
    }
}
