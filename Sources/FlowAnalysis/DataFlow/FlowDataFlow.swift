import FlowCore

/// What a module does to the attributes of the flow that invokes it: those some path sets by
/// the time it returns, and those it may set at all (for its error branches).
struct ModuleEffect: Sendable {
    var onReturn: BitSet
    var anywhere: BitSet
}

/// The forward data flow of one flow or module, on its own: the state at every block's entry,
/// relative to the flow's start (`ContactDataState.start`). What the start holds comes from
/// callers afterwards (`ProjectDataFlow`): the analysis only ever adds attributes, so a
/// caller's attributes simply join every block's, and `caller` stands in for its `$.External`.
///
/// Each edge applies its action's effect (`transfer`): a synchronous Lambda call's success
/// replaces `$.External` with its answer, its error branches leave it undefined ([LAM]: "each new
/// Lambda call replaces $.External"; on an error no response arrives); an asynchronous call or
/// a module call leaves it as it was ("modules do not allow overriding flow local data of the
/// invoking flow", contact-flow-modules page); a successful attribute update adds its keys (all
/// or nothing, [UCA]); a successful store input stores. A worklist over per-block bit sets:
/// each block is revisited only when its state grows, so the cost is O((blocks + outcomes) ×
/// words per set).
struct FlowDataFlow {
    let flow: FlowGraph
    /// The state on entry to each block, by position in `flow.blocks`; nil when unreachable.
    let states: [ContactDataState?]
    /// The attributes set on any path through the flow, as its error branches leave them too.
    let anywhere: BitSet

    init(_ flow: FlowGraph, names: inout DataFlowNames, modules: [String: ModuleEffect]) {
        self.flow = flow
        let index = flow.blockIndex
        var states = [ContactDataState?](repeating: nil, count: flow.blocks.count)
        var anywhere = BitSet()
        var queued = [Bool](repeating: false, count: flow.blocks.count)
        var worklist: [Int] = []
        if let start = index[flow.start] {
            states[start] = .start
            worklist.append(start)
            queued[start] = true
        }
        while let position = worklist.popLast() {
            queued[position] = false
            let block = flow.blocks[position]
            guard let state = states[position] else { continue }
            for outcome in block.outcomes {
                guard let target = index[outcome.target] else { continue }
                let after = Self.transfer(state, through: block, outcome, names: &names, modules: modules)
                anywhere.formUnion(after.attributes)
                var changed = states[target] == nil
                if changed { states[target] = after } else { changed = states[target]!.join(after) }
                if changed && !queued[target] {
                    queued[target] = true
                    worklist.append(target)
                }
            }
        }
        self.states = states
        self.anywhere = anywhere
    }

    /// The attributes some path has set when the module returns (`EndFlowModuleExecution`).
    var moduleEffect: ModuleEffect {
        var onReturn = BitSet()
        for (position, block) in flow.blocks.enumerated() where block.action == "EndFlowModuleExecution" {
            if let state = states[position] { onReturn.formUnion(state.attributes) }
        }
        return ModuleEffect(onReturn: onReturn, anywhere: anywhere)
    }

    /// The state after taking `outcome` out of `block`.
    static func transfer(
        _ state: ContactDataState, through block: Block, _ outcome: Outcome, names: inout DataFlowNames,
        modules: [String: ModuleEffect]
    ) -> ContactDataState {
        var after = state
        let succeeded = !outcome.kind.isError
        switch block.action {
        case "InvokeLambdaFunction":
            let source: ExternalSource
            if block.string("InvocationType")?.uppercased() == "ASYNCHRONOUS" {
                source = .asynchronousCall
            } else if succeeded {
                source = .function(functionName(of: block))
            } else {
                source = .failedCall
            }
            after.lambdas = BitSet([names.index(of: source)])
        case "InvokeFlowModule":
            if case .reference(let module)? = block.parameters["FlowModuleId"], let effect = modules[module.name] {
                after.attributes.formUnion(outcome.kind.isError ? effect.anywhere : effect.onReturn)
            } else {
                after.attributes.insert(DataFlowNames.anyAttribute)
            }
        case "UpdateContactAttributes" where succeeded:
            for name in block.attributesSet { after.attributes.insert(names.index(ofAttribute: name)) }
        case "GetParticipantInput" where succeeded && block.string("StoreInput")?.lowercased() == "true":
            after.storedInputFromStart = false
        default:
            break
        }
        return after
    }

    /// The function a Lambda call names: its flowc.yaml name, or the ARN (or path) as written.
    static func functionName(of block: Block) -> String {
        switch block.parameters["LambdaFunctionARN"] {
        case .reference(let reference)?: reference.name
        case let value?: value.scalarText ?? "?"
        case nil: "?"
        }
    }
}
