import FlowCore

/// `check_queue:` branches on a queue metric (CheckMetricData).
///
///     busy:
///       check_queue:
///         queue: billing               # absent: the working queue
///         metric: contacts_in_queue
///         cases: { "> 20": offer-callback }
///         otherwise: to-billing
///
/// For the agent counts (`agents_available`, `agents_staffed`, `agents_online`) Connect only
/// tests "more than zero": write `cases: { "> 0": … }`.
///
/// `oldest_contact_age` is written in seconds and emitted in the milliseconds the Connect
/// designer writes for OldestContactInQueueAgeSeconds: AWS's own "Sample queue configurations
/// flow" shows "Time in Queue < 300 sec." in its designer metadata and `"Operands": ["300000"]`
/// in the action (corpus 017).
struct CheckQueueForm: BlockForm {
    static let keyword = "check_queue"
    static let metrics = [
        "agents_available": "NumberOfAgentsAvailable", "agents_staffed": "NumberOfAgentsStaffed",
        "agents_online": "NumberOfAgentsOnline", "oldest_contact_age": "OldestContactInQueueAgeSeconds",
        "contacts_in_queue": "NumberOfContactsInQueue",
    ]

    let queue: Located<String>?
    let metric: String
    var cases: ConditionCases
    let otherwise: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let reader = context.reader(value, for: Self.keyword, known: ["queue", "metric", "cases", "otherwise"]) else { return nil }
        queue = reader.string("queue")
        guard let metric = reader.required("metric").flatMap({ sink.choice($0, for: "metric", from: Self.metrics.keys.sorted()) })
        else { return nil }
        self.metric = Self.metrics[metric.value]!
        cases = ConditionCases(reader.required("cases").flatMap { sink.mapping($0, for: "cases") }
                                   ?? YAMLMapping(entries: [], location: reader.location), sink: sink)
        otherwise = reader.requiredString("otherwise", "where the caller goes when no case matches")
        if self.metric.hasPrefix("NumberOfAgents") {
            for item in cases.cases where item.condition != Condition(.numberGreaterThan, ["0"]) {
                sink.report(.invalidCondition, "agent counts can only be tested with \"> 0\"", at: item.location)
            }
        }
        if self.metric == "OldestContactInQueueAgeSeconds" { cases = Self.inMilliseconds(cases, sink: sink) }
    }

    /// The cases with their operands (seconds) in milliseconds.
    private static func inMilliseconds(_ cases: ConditionCases, sink: ScopedSink) -> ConditionCases {
        var converted = cases
        converted.cases = cases.cases.compactMap { item in
            guard let seconds = item.condition.operands.first.flatMap(Double.init), seconds >= 0, seconds <= 604_800 else {
                sink.report(.invalidCondition, "oldest_contact_age compares with a number of seconds (0 to 604800)",
                            at: item.location)
                return nil
            }
            var condition = item.condition
            condition.operands = [String(Int((seconds * 1000).rounded()))]
            return (condition, item.location, item.target)
        }
        return converted
    }

    var entryAction: String { "CheckMetricData" }
    var nextRule: NextRule { .forbidden("check_queue goes where its cases lead") }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        var parameters: [String: ParameterValue] = ["MetricType": .string(metric)]
        if let queue, let reference = builder.reference(.queue, queue, sink: sink) { parameters["QueueId"] = reference }
        let own = cases.outcomes(builder, sink: sink)
            + [builder.outcome(.error("NoMatchingCondition"), to: otherwise, sink: sink)].compactMap { $0 }
        builder.add(Block(id: block.id, action: entryAction, parameters: parameters,
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
    }
}
