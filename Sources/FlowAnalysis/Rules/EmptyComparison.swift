import FlowCore

/// `empty_comparison`: a Check contact attributes block (Compare) that tests a value for
/// `== ""`, as if that found a missing value.
///
/// Connect's guide: "To check for a NULL value, you need to use a Lambda"
/// (https://docs.aws.amazon.com/connect/latest/adminguide/check-contact-attributes.html). Have
/// the function that produced the value also return a flag — declare an output such as
/// `found: boolean` — and branch on that. Cost: O(blocks + outcomes).
struct EmptyComparison: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "empty_comparison", defaultSeverity: .warning,
                       summary: "a comparison with an empty value, which does not detect a missing one"),
        rationale: """
            "Nobody found" is usually tested by comparing a Lambda's answer with an empty string. \
            Connect's guide says a missing (NULL) value cannot be checked that way, so the test \
            can miss exactly the callers it was written for, and they are greeted as somebody \
            else. Let the Lambda say what it found: a declared flag output is explicit and typed.
            """,
        examples: [
            .triggering("nobody found, tested with an empty value", """
                flow: lookup
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: known
                    on_error: bye
                  known:
                    branch: { value: $.External.id, cases: { '== ""': bye }, otherwise: bye }
                #                                            ^ empty_comparison
                  bye:
                    disconnect:
                """),
            .project("a flag the Lambda returns", triggers: false, project: """
                project: examples
                lambdas:
                  lookup:
                    response: string_map
                    inputs: { phone: string }
                    outputs: { id: string, found: boolean }
                """, flow: """
                flow: lookup
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: known
                    on_error: bye
                  known:
                    branch: { value: $.External.found, cases: { "true": bye }, otherwise: bye }
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        flow.blocks.filter { $0.action == "Compare" }.flatMap { block in
            block.conditions.filter { $0.condition.comparison == .equals && $0.condition.operands == [""] }.map { _, outcome in
                Finding("'\(block.string("ComparisonValue") ?? "the value")' == \"\" does not detect a missing value "
                            + "(Connect's guide: a NULL check needs a Lambda); have the function return a flag, such as an output "
                            + "found: boolean, and branch on it",
                        at: outcome.location ?? block.location, flow: flow.name, block: block.origin)
            }
        }
    }
}
