import FlowCore
import FlowFrontend

extension Explanations {
    /// Blocks: their action, their conditions, and the generic form's parameters.
    static let blocks: [Explanation] = [invalidCondition, ambiguousBlock, unknownAction, unknownParameter, missingParameter]

    static let invalidCondition = Explanation(
        .invalidCondition,
        rationale: """
            Conditions follow grammar/conditions.ebnf: a value, or an operator then a value. A \
            number comparison needs a number, and some actions allow only some conditions (an agent \
            count only "> 0"); anything else would never match, or be refused on publish.
            """,
        examples: [
            .flow("a number comparison with a word", triggers: true, """
                flow: tiers
                blocks:
                  route:
                    branch: { value: $.Attributes.score, cases: { "> high": bye }, otherwise: bye }
                #                                                 ^ invalid_condition
                  bye:
                    disconnect:
                """),
            .flow("a number comparison with a number", triggers: false, """
                flow: tiers
                blocks:
                  route:
                    branch: { value: $.Attributes.score, cases: { "> 7": bye }, otherwise: bye }
                  bye:
                    disconnect:
                """),
        ])

    static let ambiguousBlock = Explanation(
        .ambiguousBlock,
        rationale: """
            A block is one Connect action, so it names exactly one action keyword (`play`, `menu`, \
            …). Two would leave it unclear which one runs; none leaves the block with nothing to do.
            """,
        examples: [
            .flow("a block that plays and hangs up", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    play: Goodbye
                    disconnect:
                #   ^ ambiguous_block
                """),
            .flow("one action per block", triggers: false, fineFlow),
        ])

    static let unknownAction = Explanation(
        .unknownAction,
        rationale: """
            The generic form (`action:`) reaches any Connect action type, including ones newer \
            than flowc's catalogue; such a type is written as it is and checked only for its \
            transitions, so flowc says so (a warning). A misspelt type is caught here too.
            """,
        examples: [
            .flow("an action type the catalogue does not know", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    action: { type: PlayPrompt, parameters: { Text: Hello } }
                #                   ^ unknown_action
                    next: bye
                  bye:
                    disconnect:
                """),
            .flow("a type from the catalogue", triggers: false, """
                flow: hello
                blocks:
                  greet:
                    action: { type: MessageParticipant, parameters: { Text: Hello } }
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    static let unknownParameter = Explanation(
        .unknownParameter,
        rationale: """
            A parameter the action does not take is ignored by Connect at best: a misspelt `Text` \
            plays nothing. The generic form writes parameters as Connect names them, and flowc \
            checks the names against its catalogue (a warning, since Connect adds parameters).
            """,
        examples: [
            .flow("a misspelt parameter", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    action: { type: MessageParticipant, parameters: { Txt: Hello } }
                #                                                     ^ unknown_parameter
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .flow("Connect's parameter name", triggers: false, """
                flow: hello
                blocks:
                  greet:
                    action: { type: MessageParticipant, parameters: { Text: Hello } }
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    static let missingParameter = Explanation(
        .missingParameter,
        rationale: """
            Some actions cannot run without a parameter: a comparison without the value to compare, \
            a loop without its count. Connect refuses them on publish; flowc says so first.
            """,
        examples: [
            .flow("a comparison with nothing to compare", triggers: true, """
                flow: hello
                blocks:
                  check:
                    action: { type: Compare, conditions: { "== 1": bye } }
                #           ^ missing_parameter
                    errors: { NoMatchingCondition: bye }
                  bye:
                    disconnect:
                """),
            .flow("the value to compare given", triggers: false, """
                flow: hello
                blocks:
                  check:
                    action: { type: Compare, parameters: { ComparisonValue: $.Channel }, conditions: { "== VOICE": bye } }
                    errors: { NoMatchingCondition: bye }
                  bye:
                    disconnect:
                """),
        ])
}
