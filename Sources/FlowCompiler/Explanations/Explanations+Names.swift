import FlowAnalysis
import FlowCore
import FlowFrontend

extension Explanations {
    /// Names: of flows and blocks, of what flows refer to, of environments.
    static let names: [Explanation] = [duplicateName, invalidName, unknownReference, unknownEnvironment, hardcodedARN]

    static let duplicateName = Explanation(
        .duplicateName,
        rationale: """
            Flows, blocks and resources are found by name, so a name defined twice would make every \
            reference to it ambiguous. The second definition is reported, with a note at the first.
            """,
        examples: [
            .files("two files that define the flow hello", triggers: true, ["flowc.yaml": RuleExample.project,
                   "flows/a.yaml": fineFlow, "flows/b.yaml": fineFlow], reports: ["fixture/flows/b.yaml:1:7"]),
            .files("one definition each", triggers: false, ["flowc.yaml": RuleExample.project, "flows/a.yaml": fineFlow]),
        ])

    static let invalidName = Explanation(
        .invalidName,
        rationale: """
            Names become Connect identifiers, Terraform names and file names, so they keep to what \
            all of those accept: flows, modules and resources are lower-case words joined by `-`, \
            blocks letters, digits, `-` and `_` starting with a letter.
            """,
        examples: [
            .flow("a flow name with capitals and an underscore", triggers: true, """
                flow: Main_IVR
                #     ^ invalid_name
                blocks:
                  bye:
                    disconnect:
                """),
            .flow("a lower-case name", triggers: false, """
                flow: main-ivr
                blocks:
                  bye:
                    disconnect:
                """),
        ])

    static let unknownReference = Explanation(
        .unknownReference,
        rationale: """
            A transition to a block that does not exist, or a queue, prompt or Lambda function \
            flowc.yaml does not declare, would fail on publish or strand a caller. The message \
            suggests the name that was probably meant.
            """,
        examples: [
            .flow("next names a block that does not exist", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    play: Hello
                    next: by
                #         ^ unknown_reference
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .flow("every name resolves", triggers: false, fineFlow),
        ])

    static let unknownEnvironment = Explanation(
        .unknownEnvironment,
        rationale: """
            A build for an environment that flowc.yaml does not declare would bind no ARN at all. \
            The message lists the environments there are.
            """,
        examples: [
            .flow("a default environment that is not declared", triggers: true, fineFlow, project: """
                project: examples
                default_environment: prd
                #                    ^ unknown_environment
                environments:
                  prod: {}
                """),
            .flow("the default is one of the environments", triggers: false, fineFlow, project: """
                project: examples
                default_environment: prod
                environments:
                  prod: {}
                """),
        ])

    static let hardcodedARN = Explanation(
        .hardcodedARN,
        rationale: """
            An ARN written into a flow ties it to one account and region, and is exactly the \
            hand-edit that breaks when the flow moves to another environment. Name the resource \
            and bind it under `environments` instead.
            """,
        examples: [
            .flow("a queue ARN in an attribute", triggers: true, """
                flow: arns
                blocks:
                  remember:
                    set_attributes: { queue: "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q" }
                #                            ^ hardcoded_arn
                    next: bye
                    on_error: bye
                  bye:
                    play: "Queued for $.Attributes.queue"
                    next: hang-up
                    on_error: hang-up
                  hang-up:
                    disconnect:
                """),
            .flow("a named queue, bound per environment", triggers: false, """
                flow: arns
                blocks:
                  to-billing:
                    transfer_to_queue: { queue: billing, on_at_capacity: bye }
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])
}
