import FlowCore

/// `unused_attribute`: a contact attribute a flow sets that no flow of the project reads and
/// flowc.yaml does not declare as read elsewhere (`external_attributes`, or kept by the data lake,
/// `data_lake: attributes:`).
///
/// A note, not a warning: attributes also feed the contact record, the agent's screen and every
/// Lambda's event (`Details.ContactData.Attributes`, [LAM]), which flowc cannot see. Checks
/// flowc projects only. Cost: O(blocks + reads).
struct UnusedAttribute: Rule {
    let info = RuleInfo(
        DiagnosticKind(id: "unused_attribute", defaultSeverity: .note,
                       summary: "a contact attribute set that nothing in the project reads"),
        rationale: """
            An attribute set and never read is either dead weight in every contact record or read \
            by something outside the flows (a Lambda, the agent desktop, the data pipeline). \
            Saying which, under external_attributes in flowc.yaml, keeps that contract visible.
            """,
        examples: [
            .triggering("an attribute nothing reads", """
                flow: tagging
                blocks:
                  tag:
                    set_attributes: { campaign: spring }
                #                     ^ unused_attribute
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .clean("an attribute read later", """
                flow: tagging
                blocks:
                  tag:
                    set_attributes: { campaign: spring }
                    next: say
                    on_error: bye
                  say:
                    play: "Welcome to the $.Attributes.campaign sale."
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ context: AnalysisContext) -> [Finding] {
        var read = Set(context.declarations.externalAttributes.keys).union(context.declarations.dataLakeAttributes.keys)
        for flow in context.flows {
            for block in flow.blocks {
                for path in block.readPaths where path.namespace == "Attributes" {
                    if let key = path.key { read.insert(key) }
                }
            }
        }
        return context.flows.filter { $0.format == .flowLanguage }.flatMap { flow in
            flow.blocks.flatMap { block in
                block.attributesSet.filter { !read.contains($0) }.map { name in
                    Finding("contact attribute '\(name)' is set but nothing in the project reads it; "
                                + "declare it under external_attributes if something outside the flows does",
                            at: block.attributeLocations[name] ?? block.location, flow: flow.name, block: block.origin)
                }
            }
        }
    }
}
