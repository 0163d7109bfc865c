import FlowCore

/// `loop:` repeats a path a fixed number of times (Loop).
///
///     try-again:
///       loop:
///         count: 3
///         body: play-hold-message     # taken 3 times…
///         done: transfer              # …then this
struct LoopForm: BlockForm {
    static let keyword = "loop"
    let count: Int
    let body: Located<String>?
    let done: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let reader = context.reader(value, for: Self.keyword, known: ["count", "body", "done"]) else { return nil }
        guard reader.required("count", "how many times to loop") != nil,
            let count = reader.int("count", in: 0...100)
        else { return nil }
        self.count = count.value
        body = reader.requiredString("body", "where each round goes")
        done = reader.requiredString("done", "where the caller goes after the last round")
    }

    var entryAction: String { "Loop" }
    var nextRule: NextRule { .forbidden("a loop goes to 'body' or 'done'") }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let own = [builder.outcome(.condition(.equals("ContinueLooping")), to: body, sink: sink),
                   builder.outcome(.condition(.equals("DoneLooping")), to: done, sink: sink)].compactMap { $0 }
        builder.add(Block(id: block.id, action: entryAction, parameters: ["LoopCount": .string(String(count))],
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
    }
}
