import FlowAnalysis
import FlowCore

/// What `flowc explain` says about a diagnostic the compiler itself reports (not an analysis
/// rule): why it matters and examples, which run as tests like the rules' examples.
public struct Explanation: Sendable {
    public let kind: DiagnosticKind
    public let rationale: String
    public let examples: [RuleExample]
    /// The environment the examples build, when the diagnostic needs one.
    public let environment: String?
}

/// The explanations of the compiler's own diagnostics.
public enum Explanations {
    public static let all: [Explanation] = [unboundReference]

    /// The explanation for a diagnostic id, if the compiler reports it.
    public static func explanation(for id: String) -> Explanation? { all.first { $0.kind.id == id } }

    static let unboundReference = Explanation(
        kind: .unboundReference,
        rationale: """
            Flow JSON built for an environment (`flowc build --env NAME`) is deployed as it is, \
            without Terraform to fill in placeholders, so every queue, prompt, Lambda function, \
            flow and module it uses needs that environment's ARN. A placeholder left in would be \
            rejected on publish, or reach a caller as a broken transfer. The committed build keeps \
            its ${...} placeholders; the environment build goes to OUT/env/NAME.
            """,
        examples: [
            .project("an environment that forgot a queue", triggers: true, project: """
                project: examples
                queues: { billing: Billing, support: Support }
                environments:
                  prod:
                # ^ unbound_reference
                    queues: { billing: "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q1" }
                """, flow: Self.transfers),
            .project("an environment that binds everything the flows use", triggers: false, project: """
                project: examples
                queues: { billing: Billing, support: Support }
                environments:
                  prod:
                    queues:
                      billing: "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q1"
                      support: "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q2"
                """, flow: Self.transfers),
        ],
        environment: "prod")

    private static let transfers = """
        flow: route
        blocks:
          ask:
            menu: { prompt: Press 1 for billing, options: { 1: billing }, on_timeout: support, on_invalid: support }
            on_error: support
          billing:
            transfer_to_queue: { queue: billing, on_at_capacity: support }
            on_error: bye
          support:
            transfer_to_queue: { queue: support, on_at_capacity: bye }
            on_error: bye
          bye:
            disconnect:
        """
}
