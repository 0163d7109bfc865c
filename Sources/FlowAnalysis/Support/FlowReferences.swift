import FlowCore

/// A reference from one flow to another flow or module, with the kinds of flow it may name.
struct FlowReference {
    var block: Block
    var target: ResourceReference
    /// How the flow uses the target, for messages: "transfers to", "hook CustomerQueue".
    var relation: String
    /// Kinds the target may have; nil when any kind is fine.
    var expected: Set<FlowKind>?

    /// Every reference to a flow or module in the flow's parameters.
    static func all(in flow: FlowGraph) -> [FlowReference] {
        flow.blocks.flatMap { block in
            block.parameters.sorted { $0.key < $1.key }.flatMap { name, value in
                references(in: value, parameter: name, block: block)
            }
        }
    }

    private static func references(in value: ParameterValue, parameter: String, block: Block) -> [FlowReference] {
        if block.action == "UpdateContactEventHooks", case .object(let hooks) = value {
            return hooks.sorted { $0.key < $1.key }.flatMap { event, target in
                target.references.filter(\.isFlow).map {
                    FlowReference(block: block, target: $0, relation: "hook \(event)", expected: hookKinds[event])
                }
            }
        }
        return value.references.filter(\.isFlow).map { target in
            switch block.action {
            case "TransferToFlow":
                FlowReference(block: block, target: target, relation: "transfers to",
                              expected: [.flow(.contactFlow), .flow(.agentTransfer), .flow(.queueTransfer)])
            case "InvokeFlowModule": FlowReference(block: block, target: target, relation: "invokes", expected: [.module])
            default: FlowReference(block: block, target: target, relation: "\(block.action).\(parameter)", expected: nil)
            }
        }
    }

    /// The flow type each event hook runs (reference §2.4, UpdateContactEventHooks).
    static let hookKinds: [String: Set<FlowKind>] = [
        "CustomerQueue": [.flow(.customerQueue)], "CustomerHold": [.flow(.customerHold)],
        "AgentHold": [.flow(.agentHold)], "CustomerWhisper": [.flow(.customerWhisper)],
        "AgentWhisper": [.flow(.agentWhisper)], "CustomerRemaining": [.flow(.contactFlow)],
    ]
}

extension ResourceReference {
    var isFlow: Bool { kind == .flow || kind == .module }
}
