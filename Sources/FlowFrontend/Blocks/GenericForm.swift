import FlowCore

/// `action:` reaches any Connect action type with its raw parameters, so no Connect feature is
/// out of reach.
///
///     priority:
///       action:
///         type: UpdateContactRoutingBehavior
///         parameters: { QueuePriority: "1" }
///       next: to-queue
///
///     tag:
///       action: { type: TagContact, parameters: { Tags: { team: billing } } }
///       next: done
///
/// Parameters are written as Connect names them; `!queue NAME`, `!flow NAME` and the other
/// tags stand for references. `conditions` maps conditions (grammar/conditions.ebnf) to blocks.
/// `action: DisconnectParticipant` is short for an action without parameters. An action type
/// newer than flowc's catalogue is a warning, and is emitted as written.
struct GenericForm: BlockForm {
    static let keyword = "action"
    let type: Located<String>
    let parameters: [(Located<String>, RawParameter)]
    let conditions: ConditionCases?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        if case .scalar = value {
            guard let type = sink.string(value, for: Self.keyword) else { return nil }
            (self.type, parameters, conditions) = (type, [], nil)
        } else {
            guard let reader = context.reader(value, for: Self.keyword, known: ["type", "parameters", "conditions"]) else { return nil }
            guard let type = reader.requiredString("type", "a Connect action type") else { return nil }
            self.type = type
            parameters = reader.mapping("parameters").map { RawParameter.members(of: $0, sink: sink) } ?? []
            conditions = reader.mapping("conditions").map { ConditionCases($0, sink: sink) }
        }
        guard let spec = ActionCatalogue.spec(for: type.value) else {
            sink.report(.unknownAction, "action type '\(type.value)' is not in flowc's catalogue"
                            + Suggestion.hint(for: type.value, in: ActionCatalogue.allTypes)
                            + "; it is emitted as written and checked only for its transitions", at: type.location)
            return
        }
        check(against: spec, at: value.location, sink: sink)
    }

    private func check(against spec: ActionSpec, at location: SourceLocation, sink: ScopedSink) {
        let known = spec.parameters.map(\.name)
        for (name, _) in parameters where !known.contains(name.value) {
            sink.report(.unknownParameter, "\(spec.type) has no parameter '\(name.value)' in flowc's catalogue"
                            + Suggestion.hint(for: name.value, in: known), at: name.location)
        }
        let given = Set(parameters.map(\.0.value))
        for parameter in spec.parameters where parameter.isRequired && !given.contains(parameter.name) {
            sink.report(.missingParameter, "\(spec.type) needs parameter '\(parameter.name)'", at: location)
        }
        if let conditions, !conditions.cases.isEmpty, !spec.conditions.allowsConditions {
            sink.report(.invalidCondition, "\(spec.type) has no result to test with conditions",
                        at: conditions.cases[0].location)
        }
    }

    var entryAction: String { type.value }
    var isRaw: Bool { true }

    /// `next` is optional: the generic form writes what Connect has, and a continuing action
    /// without one is left to the `dead_end` analysis.
    var nextRule: NextRule {
        switch ActionCatalogue.spec(for: type.value)?.exit ?? .continues {
        case .continues: .optional
        case .leavesFlowOnSuccess: .forbidden("\(type.value) leaves the flow when it succeeds")
        case .terminal: .forbidden("\(type.value) ends the flow")
        }
    }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        var values: [String: ParameterValue] = [:]
        for (name, value) in parameters { values[name.value] = value.resolve(builder, sink: sink) }
        let own = conditions?.outcomes(builder, sink: sink) ?? []
        builder.add(Block(id: block.id, action: entryAction, parameters: values,
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
    }
}
