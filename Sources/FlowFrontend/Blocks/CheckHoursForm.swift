import FlowCore

/// `check_hours:` branches on whether now is within hours of operation
/// (CheckHoursOfOperation).
///
///     open-now:
///       check_hours:
///         hours: main-hours       # absent: the working queue's hours
///         open: main-menu
///         closed: after-hours
///       on_error: after-hours
struct CheckHoursForm: BlockForm {
    static let keyword = "check_hours"
    let hours: Located<String>?
    let open: Located<String>?
    let closed: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let reader = context.reader(value, for: Self.keyword, known: ["hours", "open", "closed"]) else { return nil }
        hours = reader.string("hours")
        open = reader.requiredString("open", "where callers go within hours")
        closed = reader.requiredString("closed", "where callers go outside hours")
    }

    var entryAction: String { "CheckHoursOfOperation" }
    var nextRule: NextRule { .forbidden("check_hours goes to 'open' or 'closed'") }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        var parameters: [String: ParameterValue] = [:]
        if let hours, let reference = builder.reference(.hours, hours, sink: sink) {
            parameters["HoursOfOperationId"] = reference
        }
        let own = [builder.outcome(.condition(.equals("True")), to: open, sink: sink),
                   builder.outcome(.condition(.equals("False")), to: closed, sink: sink)].compactMap { $0 }
        builder.add(Block(id: block.id, action: entryAction, parameters: parameters,
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
    }
}
