import FlowCore

/// `branch:` compares a value with conditions, first match wins (Compare, the console's
/// "Check contact attributes").
///
///     route-by-tier:
///       branch:
///         value: $.Attributes.tier
///         cases:
///           VIP: vip-queue
///           "starts with 'GOLD'": gold-queue
///         otherwise: standard-queue
struct BranchForm: BlockForm {
    static let keyword = "branch"
    let value: Located<String>
    let cases: ConditionCases
    let otherwise: Located<String>?

    init?(_ node: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let reader = context.reader(node, for: Self.keyword, known: ["value", "cases", "otherwise"]) else { return nil }
        guard let value = reader.requiredString("value", "the value to compare, such as $.Attributes.tier") else { return nil }
        if !value.value.hasPrefix("$") {
            sink.report(.invalidValue, "'value' must be a path such as $.Attributes.tier; '\(value.value)' is a constant",
                        at: value.location)
        }
        self.value = value
        cases = ConditionCases(reader.required("cases").flatMap { sink.mapping($0, for: "cases") }
                                   ?? YAMLMapping(entries: [], location: reader.location), sink: sink)
        otherwise = reader.requiredString("otherwise", "where the caller goes when no case matches")
    }

    var entryAction: String { "Compare" }
    var nextRule: NextRule { .forbidden("a branch goes where its cases lead") }

    func lower(_ block: BlockDeclaration, into builder: inout FlowBuilder) {
        let sink = builder.sink.block(block.name.value)
        let own = cases.outcomes(builder, sink: sink)
            + [builder.outcome(.error("NoMatchingCondition"), to: otherwise, sink: sink)].compactMap { $0 }
        builder.add(Block(id: block.id, action: entryAction, parameters: ["ComparisonValue": .string(value.value)],
                          outcomes: builder.commonOutcomes(of: block, after: own), location: block.name.location))
    }
}
