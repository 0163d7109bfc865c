import FlowCore
import Foundation

/// `set_hooks:` names the flows Connect runs at events of the contact: the customer-queue
/// flow, hold and whisper flows, and so on (UpdateContactEventHooks).
///
///     hooks:
///       set_hooks:
///         customer_queue: queue-music
///         agent_whisper: agent-whisper
///       next: to-billing
///
/// Connect sets one hook per action, so several hooks lower to a chain of actions,
/// `NAME`, `NAME.agent-whisper`, …, in the order written.
struct SetHooksForm: BlockForm {
    static let keyword = "set_hooks"
    static let events = [
        "customer_queue": "CustomerQueue", "customer_hold": "CustomerHold", "customer_whisper": "CustomerWhisper",
        "agent_hold": "AgentHold", "agent_whisper": "AgentWhisper", "customer_remaining": "CustomerRemaining",
        "default_agent_ui": "DefaultAgentUI", "disconnect_agent_ui": "DisconnectAgentUI",
        "pause_contact": "PauseContact", "resume_contact": "ResumeContact",
    ]

    let hooks: [(event: Located<String>, flow: Located<String>)]

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let mapping = sink.mapping(value, for: Self.keyword) else { return nil }
        MappingReader(mapping, subject: "set_hooks '\(context.block)'", sink: sink).finish(known: Self.events.keys.sorted())
        hooks = mapping.entries.compactMap { key, value in
            guard Self.events[key.text] != nil else { return nil }
            return sink.string(value, for: key.text, expected: "a flow name").map { (Located(key.text, at: key.location), $0) }
        }
        if mapping.entries.isEmpty { sink.report(.invalidValue, "'set_hooks' sets no hook", at: mapping.location) }
    }

    var entryAction: String { "UpdateContactEventHooks" }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let common = builder.commonOutcomes(of: block, after: [])
        let failures = common.filter { $0.kind != .next }
        let ids = hooks.enumerated().map { index, hook in
            index == 0 ? block.id : block.id.part(hook.event.value.replacingOccurrences(of: "_", with: "-"))
        }
        for (index, hook) in hooks.enumerated() {
            guard let flow = builder.reference(.flow, hook.flow, sink: sink) else { continue }
            let isLast = index == hooks.count - 1
            let outcomes = isLast ? common : [Outcome(.next, to: ids[index + 1])] + failures
            builder.add(Block(id: ids[index], action: entryAction,
                              parameters: ["EventHooks": .object([Self.events[hook.event.value]!: flow])],
                              outcomes: outcomes, location: hook.event.location, origin: block.name.value))
        }
    }
}
