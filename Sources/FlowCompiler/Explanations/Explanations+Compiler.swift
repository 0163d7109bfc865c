import FlowAnalysis
import FlowCore

extension Explanations {
    /// The compiler's own diagnostics.
    static let compiler: [Explanation] = [unboundReference, unknownRule, internalError]

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

    static let unboundReference = Explanation(
        .unboundReference,
        rationale: """
            Flow JSON built for an environment (`flowc build --env NAME`) is deployed as it is, \
            without Terraform to fill in placeholders, so every queue, prompt, Lambda function, \
            flow and module it uses needs that environment's ARN. A placeholder left in would be \
            rejected on publish, or reach a caller as a broken transfer. The committed build keeps \
            its ${...} placeholders; the environment build goes to OUT/env/NAME.
            """,
        examples: [
            .flow("an environment that forgot a queue", triggers: true, transfers, project: """
                project: examples
                queues: { billing: Billing, support: Support }
                environments:
                  prod:
                # ^ unbound_reference
                    queues: { billing: "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q1" }
                """, environment: "prod"),
            .flow("an environment that binds everything the flows use", triggers: false, transfers, project: """
                project: examples
                queues: { billing: Billing, support: Support }
                environments:
                  prod:
                    queues:
                      billing: "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q1"
                      support: "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q2"
                """, environment: "prod"),
        ])

    static let unknownRule = Explanation(
        .unknownRule,
        rationale: """
            A misspelt rule id in `rules:` or in a block's `suppress:` silences nothing and changes \
            nothing, while its author believes it does. `flowc rules` lists the ids.
            """,
        examples: [
            .flow("a suppression naming a rule that does not exist", triggers: true, """
                flow: quiet
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: bye
                    on_error: bye
                    suppress: { silent_failures: "the caller hears nothing either way" }
                #               ^ unknown_rule
                  bye:
                    disconnect:
                """),
            .flow("a suppression of a real rule, with its reason", triggers: false, """
                flow: quiet
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: bye
                    on_error: bye
                    suppress: { silent_failure: "the caller hears nothing either way" }
                  bye:
                    disconnect:
                """),
        ])

    static let internalError = Explanation(
        .internalError,
        rationale: """
            After lowering, flowc checks its own graph (every transition names a block, ids are \
            unique, terminal actions have no transitions). A failure there is a bug in flowc, not in \
            the flows: please report it with the input that caused it.
            """,
        examples: [
            .flow("any flow flowc reads", triggers: false, """
                flow: fine
                blocks:
                  bye:
                    disconnect:
                """),
        ],
        untriggerable: "no input causes it: it reports a bug in flowc")
}
