import FlowCore
import FlowFrontend

extension Explanations {
    /// Keys and values that the language does not accept.
    static let keys: [Explanation] = [unknownKey, wrongType, missingKey, invalidValue, duplicateKey]

    static let unknownKey = Explanation(
        .unknownKey,
        rationale: """
            A key the language does not define is ignored by nothing: flowc refuses it, because a \
            misspelt `next` or `on_error` would otherwise leave a caller with nowhere to go. The \
            message suggests the key that was probably meant.
            """,
        examples: [
            .flow("a misspelt next", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    play: Hello
                    nxt: bye
                #   ^ unknown_key
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .flow("the keys the language defines", triggers: false, fineFlow),
        ])

    static let wrongType = Explanation(
        .wrongType,
        rationale: """
            Each key takes one shape: a block name, a number, a list, a mapping. A value of another \
            shape (often a YAML indentation slip that turned a value into a mapping) is refused, \
            saying what was expected.
            """,
        examples: [
            .flow("next given a mapping instead of a block name", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    play: Hello
                    next: { bye: now }
                #         ^ wrong_type
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .flow("next names a block", triggers: false, fineFlow),
        ])

    static let missingKey = Explanation(
        .missingKey,
        rationale: """
            Some keys are required: where a caller goes after a prompt (`next`), what a menu says, \
            which Lambda a call makes. Without them the flow has a gap a caller would fall into.
            """,
        examples: [
            .flow("a prompt with nowhere to go after it", triggers: true, """
                flow: hello
                blocks:
                  greet:
                # ^ missing_key
                    play: Hello
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .flow("every block says where the caller goes", triggers: false, fineFlow),
        ])

    static let invalidValue = Explanation(
        .invalidValue,
        rationale: """
            A value of the right shape can still be out of what Connect accepts: a menu timeout \
            above 179 seconds, a Lambda timeout above 8, a key that is not on a phone. flowc says \
            what the range is.
            """,
        examples: [
            .flow("a menu timeout Connect does not accept", triggers: true, """
                flow: hello
                blocks:
                  ask:
                    menu: { prompt: Press 1, timeout: 300, options: { 1: bye }, on_timeout: bye, on_invalid: bye }
                #                                     ^ invalid_value
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .flow("a timeout within 1–179 seconds", triggers: false, """
                flow: hello
                blocks:
                  ask:
                    menu: { prompt: Press 1, timeout: 10, options: { 1: bye }, on_timeout: bye, on_invalid: bye }
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    static let duplicateKey = Explanation(
        .duplicateKey,
        rationale: """
            A key written twice in one mapping keeps only one of its values; which one is an \
            accident of the reader. flowc reports the repeat instead of guessing.
            """,
        examples: [
            .flow("next written twice", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    play: Hello
                    next: bye
                    on_error: bye
                    next: greet
                #   ^ duplicate_key
                  bye:
                    disconnect:
                """),
            .flow("each key once", triggers: false, fineFlow),
        ])
}
