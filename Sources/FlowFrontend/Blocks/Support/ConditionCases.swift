import FlowCore

/// An ordered mapping from conditions to blocks, as in `branch: cases:` and generic blocks'
/// `conditions:`. Keys follow `grammar/conditions.ebnf`; the first condition that holds wins.
struct ConditionCases: Sendable {
    var cases: [(condition: Condition, location: SourceLocation, target: Located<String>)]

    init(_ mapping: YAMLMapping, sink: ScopedSink) {
        cases = mapping.entries.compactMap { key, value in
            guard let target = sink.string(value, for: key.text, expected: "a block name") else { return nil }
            switch ConditionParser.parse(key.text) {
            case .success(let condition): return (condition, key.location, target)
            case .failure(let error):
                sink.report(.invalidCondition, "invalid condition '\(key.text)': \(error.message)", at: key.location)
                return nil
            }
        }
    }

    /// One condition outcome per case whose target resolves, located at its condition.
    func outcomes(_ builder: FlowBuilder, sink: ScopedSink) -> [Outcome] {
        cases.compactMap { item in
            builder.target(item.target, sink: sink).map { Outcome(.condition(item.condition), to: $0, at: item.location) }
        }
    }
}
