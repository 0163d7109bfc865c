import FlowCore

/// `set_queue:` sets the queue a later transfer uses (UpdateContactTargetQueue).
///
///     billing:
///       set_queue: billing
///       next: transfer
struct SetQueueForm: SingleActionForm {
    static let keyword = "set_queue"
    let queue: Located<String>

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let queue = context.sink.string(value, for: Self.keyword) else { return nil }
        self.queue = queue
    }

    var entryAction: String { "UpdateContactTargetQueue" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        builder.reference(.queue, queue, sink: sink).map { ["QueueId": $0] } ?? [:]
    }
}

/// `transfer_to_queue:` puts the caller in a queue and ends the flow.
///
///     to-billing:
///       transfer_to_queue: { queue: billing, on_at_capacity: queue-full }
///       on_error: apology
///
/// `transfer_to_queue: billing` is the short form; the queue `working` (a reserved name) means
/// the queue set earlier with `set_queue`.
///
/// A named queue lowers to UpdateContactTargetQueue (`NAME.set-queue`) then
/// TransferContactToQueue. In a customer-queue flow it lowers to
/// DequeueContactAndTransferToQueue, the only transfer Connect allows there.
struct TransferToQueueForm: BlockForm {
    static let keyword = "transfer_to_queue"
    static let workingQueue = "working"
    let queue: Located<String>?
    let onAtCapacity: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        switch value {
        case .mapping(let mapping):
            let reader = MappingReader(mapping, subject: "transfer_to_queue '\(context.block)'", sink: sink)
            reader.finish(known: ["queue", "on_at_capacity"])
            queue = reader.string("queue").flatMap { $0.value == Self.workingQueue ? nil : $0 }
            onAtCapacity = reader.string("on_at_capacity")
        default:
            guard let name = sink.string(value, for: Self.keyword) else { return nil }
            queue = name.value == Self.workingQueue ? nil : name
            onAtCapacity = nil
        }
        isCustomerQueue = context.flowKind == .flow(.customerQueue)
    }

    private let isCustomerQueue: Bool

    var entryAction: String { isCustomerQueue ? "DequeueContactAndTransferToQueue" : "TransferContactToQueue" }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let queueID = queue.flatMap { builder.reference(.queue, $0, sink: sink) }
        let own = [builder.outcome(.error("QueueAtCapacity"), to: onAtCapacity, sink: sink)].compactMap { $0 }
        let common = builder.commonOutcomes(of: block, after: own)
        let transfer = queue != nil && !isCustomerQueue ? block.id.part("transfer") : block.id
        if transfer != block.id, let queueID {
            let failure = common.filter { $0.kind == .error("NoMatchingError") }
            builder.add(Block(id: block.id, action: "UpdateContactTargetQueue", parameters: ["QueueId": queueID],
                              outcomes: [Outcome(.next, to: transfer)] + failure, location: block.name.location))
        }
        var parameters: [String: ParameterValue] = [:]
        if isCustomerQueue, let queueID { parameters["QueueId"] = queueID }
        builder.add(Block(id: transfer, action: entryAction, parameters: parameters,
                          outcomes: common, location: block.name.location, origin: block.name.value))
    }
}
