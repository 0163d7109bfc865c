import FlowCore

/// `set_attributes:` sets contact attributes (UpdateContactAttributes), read later as
/// `$.Attributes.NAME`.
///
///     remember-tier:
///       set_attributes:
///         tier: $.External.tier
///         greeted: "true"
///       next: route
struct SetAttributesForm: SingleActionForm {
    static let keyword = "set_attributes"
    let attributes: [(Located<String>, RawParameter)]

    init?(_ value: YAMLNode, context: ReadContext) {
        guard let mapping = context.sink.mapping(value, for: Self.keyword) else { return nil }
        if mapping.entries.isEmpty {
            context.sink.report(.invalidValue, "'set_attributes' sets nothing", at: mapping.location)
        }
        for (key, _) in mapping.entries where key.text.contains("$") || key.text.contains(".") {
            context.sink.report(.invalidName, "attribute name '\(key.text)' must not contain '$' or '.'", at: key.location)
        }
        attributes = RawParameter.members(of: mapping, sink: context.sink)
    }

    var entryAction: String { "UpdateContactAttributes" }

    var attributeLocations: [String: SourceLocation] {
        Dictionary(attributes.map { ($0.0.value, $0.0.location) }, uniquingKeysWith: { first, _ in first })
    }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        var values: [String: ParameterValue] = [:]
        for (name, value) in attributes { values[name.value] = value.resolveAsText(builder, sink: sink) }
        return ["Attributes": .object(values), "TargetContact": .string("Current")]
    }
}
