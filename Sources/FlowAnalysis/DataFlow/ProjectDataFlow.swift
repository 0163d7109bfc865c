import FlowCore

/// A `$.` path one block reads.
struct PathRead: Sendable {
    let flow: String
    /// Whether the flow is written in the flowc language (part of a project).
    let inProject: Bool
    let block: Block
    let path: AttributePath

    /// Where the path is written, else where the block is.
    var location: SourceLocation { block.location(ofPath: path.text) }
}

/// What a flow can rely on at its start, from its callers.
struct StartState: Sendable {
    /// What may have written `$.External` last; empty when nobody knows (a lone Connect JSON flow).
    var lambdas: BitSet
    var attributes: BitSet
    /// Whether a caller may have stored no customer input (unknown counts as stored).
    var storedInputMissing: Bool
}

/// The contact data flow of a whole project: each flow's own analysis (`FlowDataFlow`), then
/// what each flow can rely on at its start (`StartState`), from every caller.
///
/// - A flow another flow transfers to starts with what the caller had at the transfer: its
///   attributes, its `$.External` and its stored input. AWS's rules-engine sample reads the
///   previous flow's `$.External` values at the start of the flow it transfers to (corpus
///   001–005), so Connect keeps them across TransferToFlow.
/// - A module starts with its caller's attributes but neither `$.External` nor stored input:
///   "you can't use the following with modules: External attributes … Stored customer input"
///   (https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-modules.html).
/// - An event-hook flow runs later in the call, so it gets every attribute its caller, or any
///   flow the caller transfers to or invokes from there on, may set anywhere; nothing else is
///   known to carry over.
/// - A flow nobody in the project calls starts with nothing but the attributes flowc.yaml
///   declares under `external_attributes` (which every flow may rely on).
/// - A lone Connect JSON flow's callers are unknown: only what it does itself is checked.
///
/// Modules are analysed first, so that a call knows what its module sets. Starts grow
/// monotonically to a fixpoint over the call graph, each step a bit-set union, and each flow's
/// own analysis is done once: one flow can be re-analysed alone and its callees' starts updated.
struct ProjectDataFlow: Sendable {
    private(set) var names = DataFlowNames()
    private(set) var analyses: [FlowDataFlow] = []
    /// What each flow can rely on at its start, by flow name.
    private(set) var starts: [String: StartState] = [:]
    /// The paths blocks read, by namespace (`External`, `Attributes`, …), computed once.
    private var readsByNamespace: [String: [Read]] = [:]

    init(_ flows: [FlowGraph], declarations: ProjectDeclarations) {
        var modules: [String: ModuleEffect] = [:]
        for flow in flows.filter({ $0.kind == .module }) + flows.filter({ $0.kind != .module }) {
            let analysis = FlowDataFlow(flow, names: &names, modules: modules)
            if flow.kind == .module { modules[flow.name] = analysis.moduleEffect }
            analyses.append(analysis)
        }
        let external = BitSet(declarations.externalAttributes.keys.sorted().map { names.index(ofAttribute: $0) })
        starts = Self.starts(of: analyses, external: external)
        readsByNamespace = Self.reads(of: analyses, starts: starts)
    }

    /// Every reachable block's reads of `namespace`, with the state on entry to the block and the
    /// flow's start.
    func reads(in namespace: String) -> [Read] { readsByNamespace[namespace] ?? [] }

    typealias Read = (read: PathRead, state: ContactDataState, start: StartState)

    private static func reads(of analyses: [FlowDataFlow], starts: [String: StartState]) -> [String: [Read]] {
        var reads: [String: [Read]] = [:]
        for analysis in analyses {
            let start = starts[analysis.flow.name]!, inProject = analysis.flow.format == .flowLanguage
            for (position, block) in analysis.flow.blocks.enumerated() {
                guard let state = analysis.states[position] else { continue }
                for path in block.readPaths {
                    reads[path.namespace, default: []].append(
                        (PathRead(flow: analysis.flow.name, inProject: inProject, block: block, path: path), state, start))
                }
            }
        }
        return reads
    }

    /// `$.External`'s possible writers at a block, with the flow's start resolved.
    static func lambdas(_ state: ContactDataState, from start: StartState) -> BitSet {
        guard state.lambdas.contains(DataFlowNames.caller) else { return state.lambdas }
        var resolved = BitSet(state.lambdas.members.filter { $0 != DataFlowNames.caller })
        resolved.formUnion(start.lambdas)
        return resolved
    }

    private struct CallSite {
        enum Kind { case transfer, module, hook }
        var target: String
        var state: ContactDataState
        var kind: Kind
    }

    private static func starts(of analyses: [FlowDataFlow], external: BitSet) -> [String: StartState] {
        let sites = Dictionary(analyses.map { ($0.flow.name, callSites(of: $0)) }, uniquingKeysWith: { first, _ in first })
        let transferred = Set(sites.values.joined().filter { $0.kind == .transfer }.map(\.target))
        let later = downstream(of: analyses, sites: sites)
        var starts: [String: StartState] = [:]
        for analysis in analyses {
            let flow = analysis.flow
            let known = flow.kind == .module || (flow.format == .flowLanguage && !transferred.contains(flow.name))
            starts[flow.name] = StartState(lambdas: known ? BitSet([DataFlowNames.noLambda]) : BitSet(),
                                           attributes: external, storedInputMissing: known)
        }
        var worklist = analyses.map(\.flow.name).reversed().map { $0 }, queued = Set(worklist)
        while let caller = worklist.popLast() {
            queued.remove(caller)
            let from = starts[caller]!
            for site in sites[caller] ?? [] where starts[site.target] != nil {
                var start = starts[site.target]!
                var passed = site.state.attributes.union(from.attributes)
                if site.kind == .hook { passed.formUnion(later[caller] ?? BitSet()) }
                var changed = start.attributes.formUnion(passed)
                if site.kind == .transfer {
                    changed = start.lambdas.formUnion(lambdas(site.state, from: from)) || changed
                    let missing = site.state.storedInputFromStart && from.storedInputMissing
                    changed = changed || (missing && !start.storedInputMissing)
                    start.storedInputMissing = start.storedInputMissing || missing
                }
                starts[site.target] = start
                if changed, queued.insert(site.target).inserted { worklist.append(site.target) }
            }
        }
        return starts
    }

    /// The flows and modules of the project a flow hands the contact to, with its state there.
    private static func callSites(of analysis: FlowDataFlow) -> [CallSite] {
        var sites: [CallSite] = []
        for (position, block) in analysis.flow.blocks.enumerated() {
            guard let state = analysis.states[position] else { continue }
            switch block.action {
            case "TransferToFlow":
                if case .reference(let flow)? = block.parameters["ContactFlowId"] {
                    sites.append(CallSite(target: flow.name, state: state, kind: .transfer))
                }
            case "InvokeFlowModule":
                if case .reference(let module)? = block.parameters["FlowModuleId"] {
                    sites.append(CallSite(target: module.name, state: state, kind: .module))
                }
            case "UpdateContactEventHooks":
                for hook in block.parameters["EventHooks"]?.references ?? [] where hook.kind == .flow {
                    sites.append(CallSite(target: hook.name, state: state, kind: .hook))
                }
            default:
                break
            }
        }
        return sites
    }

    /// The attributes each flow, or any flow it hands the contact to from there on, may set:
    /// what a hook flow it sets can find when it runs. A fixpoint of unions over the call graph.
    private static func downstream(of analyses: [FlowDataFlow], sites: [String: [CallSite]]) -> [String: BitSet] {
        var later = Dictionary(analyses.map { ($0.flow.name, $0.anywhere) }, uniquingKeysWith: { first, _ in first })
        var changed = true
        while changed {
            changed = false
            for (caller, callees) in sites {
                for site in callees {
                    guard let reached = later[site.target] else { continue }
                    changed = later[caller]!.formUnion(reached) || changed
                }
            }
        }
        return later
    }
}
