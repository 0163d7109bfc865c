import FlowCore
import FlowFrontend

extension Explanations {
    /// Reading Connect flow-language JSON (`flowc check FILE.json`, `flowc import`).
    static let connectJSON: [Explanation] = [invalidJSON, notFlowLanguage, unknownActionType, unknownOperator]

    /// A flow-language document that reads clean.
    static let fineJSON = """
        {"Version": "2019-10-30", "StartAction": "hello", "Actions": [
          {"Identifier": "hello", "Type": "MessageParticipant", "Parameters": {"Text": "Hello"},
           "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
        """

    static let invalidJSON = Explanation(
        .invalidJSON,
        rationale: """
            A file that is not JSON cannot be a flow. flowc points at the character where the \
            JSON stops making sense (often a truncated download or a trailing comma).
            """,
        examples: [
            .json("a truncated file", triggers: true, #"{"Version": "2019-10-30", "Actions": ["#, reports: ["example.json:1:39"]),
            .json("a whole flow", triggers: false, fineJSON),
        ])

    static let notFlowLanguage = Explanation(
        .notFlowLanguage,
        rationale: """
            flowc reads the Connect flow language (Version 2019-10-30), the JSON that \
            `describe-contact-flow` returns. The legacy designer's export and CloudFormation \
            templates are other formats, and the message says how to get the flow language instead.
            """,
        examples: [
            .json("a legacy designer export", triggers: true, #"{"modules": [], "version": "1"}"#, reports: ["example.json:1:1"]),
            .json("flow language", triggers: false, fineJSON),
        ])

    static let unknownActionType = Explanation(
        .unknownActionType,
        rationale: """
            An action type newer than flowc's catalogue is checked only for its transitions; flowc \
            says so (a warning) rather than silently trusting it. A misspelt type is caught here too.
            """,
        examples: [
            .json("an action type the catalogue does not know", triggers: true, """
                {"Version": "2019-10-30", "StartAction": "hello", "Actions": [
                  {"Identifier": "hello", "Type": "PlayPrompt", "Parameters": {"Text": "Hello"},
                   "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, reports: ["example.json:2:35"]),
            .json("catalogued types", triggers: false, fineJSON),
        ])

    static let unknownOperator = Explanation(
        .unknownOperator,
        rationale: """
            Conditions use the flow language's operators (Equals, NumberGreaterThan, TextContains, \
            …). Another one is probably a typo that Connect would refuse; flowc warns and does not \
            evaluate the condition.
            """,
        examples: [
            .json("a condition operator that does not exist", triggers: true, """
                {"Version": "2019-10-30", "StartAction": "check", "Actions": [
                  {"Identifier": "check", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Channel"},
                   "Transitions": {"Conditions": [{"NextAction": "bye", "Condition": {"Operator": "Like", "Operands": ["VOICE"]}}],
                                   "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "bye"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """, reports: ["example.json:3:83"]),
            .json("Equals", triggers: false, """
                {"Version": "2019-10-30", "StartAction": "check", "Actions": [
                  {"Identifier": "check", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Channel"},
                   "Transitions": {"Conditions": [{"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["VOICE"]}}],
                                   "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "bye"}]}},
                  {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """),
        ])
}
