import FlowCore

/// `flow_reference_cycle`: flows that refer to each other in a cycle — transfers that can
/// bounce a caller between flows forever, and flows no deployment can create: Connect publishes
/// a flow only once everything it refers to exists (the Terraform provider always publishes;
/// aws-integration reference §1.1), and Terraform cannot create, or update twice, resources that
/// wait on each other. An error: nothing would deploy.
///
/// SCCs over the project's flow-to-flow references. Cost: O(flows + references).
struct FlowReferenceCycle: Rule {
    static let waysOut = "break it: route one direction through a module (invoke_module), or transfer to a flow "
        + "whose ARN a contact attribute holds (set from the environment) instead of naming the flow"

    let info = RuleInfo(
        DiagnosticKind(id: "flow_reference_cycle", defaultSeverity: .error,
                       summary: "flows that transfer to or reference each other in a cycle: none can be created first"),
        rationale: """
            When flow A transfers to B and B back to A, a caller can bounce between them with no \
            bound, and no deployment can create either flow first: Connect publishes a flow only \
            when every flow it names exists, and Terraform cannot create two resources that each \
            wait for the other. Route one direction through a module, or transfer to a flow whose \
            ARN a contact attribute holds.
            """,
        examples: [
            RuleExample(title: "two flows that transfer to each other", triggers: true, source: .flowLanguage([
                "a.yaml": """
                    flow: a
                    #     ^ flow_reference_cycle
                    blocks:
                      go: { transfer_to_flow: b, on_error: bye }
                      bye: { disconnect: }
                    """,
                "b.yaml": "flow: b\nblocks:\n  go: { transfer_to_flow: a, on_error: bye }\n  bye: { disconnect: }\n",
            ])),
            RuleExample(title: "a transfer in one direction", triggers: false, source: .flowLanguage([
                "a.yaml": "flow: a\nblocks:\n  go: { transfer_to_flow: b, on_error: bye }\n  bye: { disconnect: }\n",
                "b.yaml": "flow: b\nblocks:\n  bye: { disconnect: }\n",
            ])),
        ])

    func check(_ context: AnalysisContext) -> [Finding] {
        let flows = context.flows.filter { $0.format == .flowLanguage }
        let position = Dictionary(flows.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let successors = flows.map { flow in
            Array(Set(FlowReference.all(in: flow).compactMap { position[$0.target.name] })).sorted()
        }
        return StronglyConnectedComponents.cycles(successors: successors).map { cycle in
            let names = cycle.map { flows[$0].name }
            let first = flows[cycle[0]]
            return Finding("flows \(names.map { "'\($0)'" }.joined(separator: ", ")) refer to each other in a cycle, "
                               + "so none can be created first; \(Self.waysOut)",
                           at: first.location, flow: first.name,
                           notes: cycle.dropFirst().map { Diagnostic.Note("'\(flows[$0].name)' is part of it", at: flows[$0].location) })
        }
    }
}
