import FlowCore

/// `wait:` pauses the flow (Wait); `next` is taken when the time is up.
///
///     pause:
///       wait: 30                      # seconds; or { seconds: 30, on_customer_returned: x }
///       next: check-again
struct WaitForm: BlockForm {
    static let keyword = "wait"
    let seconds: Int
    let onCustomerReturned: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        if case .mapping(let mapping) = value {
            let reader = MappingReader(mapping, subject: "wait '\(context.block)'", sink: sink)
            reader.finish(known: ["seconds", "on_customer_returned"])
            guard reader.required("seconds") != nil, let seconds = reader.int("seconds", in: 1...604_800) else { return nil }
            self.seconds = seconds.value
            onCustomerReturned = reader.string("on_customer_returned")
        } else {
            guard let seconds = sink.int(value, for: Self.keyword, in: 1...604_800) else { return nil }
            self.seconds = seconds.value
            onCustomerReturned = nil
        }
    }

    var entryAction: String { "Wait" }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        var parameters: [String: ParameterValue] = ["TimeoutSeconds": .string(String(seconds))]
        var own = [builder.outcome(.condition(.equals("WaitCompleted")), to: block.next, sink: sink)].compactMap { $0 }
        if let returned = builder.outcome(.condition(.equals("CustomerReturned")), to: onCustomerReturned, sink: sink) {
            parameters["Events"] = .list([.string("CustomerReturned")])
            own.append(returned)
        }
        var withoutNext = block
        withoutNext.next = nil
        builder.add(Block(id: block.id, action: entryAction, parameters: parameters,
                          outcomes: builder.commonOutcomes(of: withoutNext, after: own), location: block.name.location))
    }
}
