import FlowCore

/// `unset_attribute`: `$.Attributes.X` read where no path from any start sets X — not in this
/// flow, not in a flow that transfers to it, invokes it or sets it as an event hook, and not
/// declared in flowc.yaml's `external_attributes`.
///
/// A may-analysis: one path that sets the attribute is enough, so the warning means "never
/// set", not "maybe unset". Needs the whole project (a lone Connect JSON file does not say who
/// calls it), so it checks flowc projects only. Cost: one pass over the reads after the data
/// flow.
struct UnsetAttribute: Rule {
    let info = RuleInfo(
        DiagnosticKind(id: "unset_attribute", defaultSeverity: .warning,
                       summary: "a contact attribute read that nothing in the project sets"),
        rationale: """
            A contact attribute no flow sets is empty when read: a branch on it always takes \
            its otherwise, a prompt says nothing. Usually it is a misspelling, or an attribute \
            another system sets; declare those under external_attributes in flowc.yaml so that \
            readers know where they come from.
            """,
        examples: [
            .triggering("a misspelt attribute", """
                flow: tiers
                blocks:
                  remember:
                    set_attributes: { tier: gold }
                    next: route
                    on_error: route
                  route:
                    branch: { value: $.Attributes.teir, cases: { gold: bye }, otherwise: bye }
                #                    ^ unset_attribute
                  bye:
                    disconnect:
                """),
            .clean("an attribute set before it is read", """
                flow: tiers
                blocks:
                  remember:
                    set_attributes: { tier: gold }
                    next: route
                    on_error: route
                  route:
                    branch: { value: $.Attributes.tier, cases: { gold: bye }, otherwise: bye }
                  bye:
                    disconnect:
                """),
        ])

    func check(_ context: AnalysisContext) -> [Finding] {
        let dataFlow = context.dataFlow
        let known = Array(dataFlow.names.attributes.dropFirst())  // set somewhere, or declared external
        return dataFlow.reads(in: "Attributes").compactMap { read, state, start -> Finding? in
            guard read.inProject, let name = read.path.key else { return nil }
            let available = state.attributes.union(start.attributes)
            if available.contains(DataFlowNames.anyAttribute) { return nil }
            if let attribute = dataFlow.names.existingIndex(ofAttribute: name), available.contains(attribute) { return nil }
            return Finding("contact attribute '\(name)' is read, but nothing in the project sets it before"
                               + Suggestion.hint(for: name, in: known)
                               + "; declare it under external_attributes if another system sets it",
                           at: read.location, flow: read.flow, block: read.block.origin)
        }
    }
}
