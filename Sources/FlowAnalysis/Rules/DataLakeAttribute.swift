import FlowCore

/// `data_lake_attribute`: an attribute flowc.yaml lists as a column of the data lake's
/// contact-record table (`data_lake: attributes:`) that no flow of the project sets and
/// `external_attributes` does not declare — a column that would always be empty, most often a
/// misspelt name (the cleanser keeps columns by exact name).
///
/// Contact records carry the attributes the contact had when it ended
/// (https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html, `Attributes`), so
/// an attribute set by any flow, or from outside the flows, can reach the lake. Cost:
/// O(blocks + listed attributes).
struct DataLakeAttribute: Rule {
    let info = RuleInfo(
        DiagnosticKind(id: "data_lake_attribute", defaultSeverity: .error,
                       summary: "a data-lake column for a contact attribute that nothing sets"),
        rationale: """
            The data lake keeps only the attributes flowc.yaml lists; one that no flow sets and \
            nothing outside the flows is declared to set gives a column that is always empty, \
            and usually means the name is misspelt, so the attribute meant is silently dropped.
            """,
        examples: [
            .project("a misspelt attribute", triggers: true, project: """
                project: examples
                data_lake:
                  attributes: [campaign, campain]
                #                        ^ data_lake_attribute
                """, flow: Self.flow),
            .project("attributes a flow sets or the project declares", triggers: false, project: """
                project: examples
                external_attributes:
                  ticketNumber: Set by the agent application
                data_lake:
                  attributes: [campaign, ticketNumber]
                """, flow: Self.flow),
        ])

    private static let flow = """
        flow: tagging
        blocks:
          tag:
            set_attributes: { campaign: spring }
            next: bye
            on_error: bye
          bye:
            disconnect:
        """

    func check(_ context: AnalysisContext) -> [Finding] {
        guard !context.declarations.dataLakeAttributes.isEmpty else { return [] }
        var set = Set(context.declarations.externalAttributes.keys)
        for flow in context.flows {
            for block in flow.blocks { set.formUnion(block.attributesSet) }
        }
        return context.declarations.dataLakeAttributes.sorted { $0.key < $1.key }.compactMap { name, location in
            guard !set.contains(name) else { return nil }
            return Finding("the data lake keeps attribute '\(name)', but no flow sets it and external_attributes does not declare it"
                               + Suggestion.hint(for: name, in: set), at: location, flow: nil)
        }
    }
}
