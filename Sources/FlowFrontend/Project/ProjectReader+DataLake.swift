import FlowCore

/// The data lake's contact-record table:
///
///     data_lake:
///       attributes: [tier, errorOccurred, surveyStatus]   # kept as attributes_tier, … columns
///
/// Contact records carry every attribute a flow sets, names and card details among them; the
/// cleanser keeps only the columns listed here (with the record's own fields), and the Glue table
/// has exactly those columns. Whether each is set anywhere is the `data_lake_attribute` rule's.
extension ProjectReader {
    func readDataLake(_ mapping: YAMLMapping?) -> [String: SourceLocation]? {
        guard let mapping else { return nil }
        let reader = MappingReader(mapping, subject: "data_lake", sink: sink)
        reader.finish(known: ["attributes"])
        var attributes: [String: SourceLocation] = [:]
        for item in reader.sequence("attributes")?.items ?? [] {
            guard let name = sink.string(item, for: "attributes", expected: "an attribute name") else { continue }
            if !NameRules.isAttributeName(name.value) {
                sink.report(.invalidName, "attribute name '\(name.value)' must be \(NameRules.attributePattern)", at: name.location)
            } else if let first = attributes[name.value] {
                sink.report(.invalidValue, "'\(name.value)' is listed twice (first at line \(first.line))", at: name.location)
            } else {
                attributes[name.value] = name.location
            }
        }
        return attributes
    }
}
