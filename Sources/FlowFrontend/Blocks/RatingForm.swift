import FlowCore

/// `rating:` asks the caller for a score by one key press, checks it, and saves it in a contact
/// attribute, with bounded retries: the survey question.
///
///     q1:
///       rating:
///         prompt: "How satisfied were you with the advisor, from 1 to 5?"
///         scale: 5                      # keys 1 to 5 (2–9)
///         save_as: q1Score              # $.Attributes.q1Score
///         retries: 2                    # each time the caller reaches the question
///         no_input_prompt: "Sorry, I did not hear a number."
///         invalid_prompt: "Please press a number from 1 to 5."
///         fallback: q2                  # when the retries are spent without a score
///       next: q2                        # after a score is saved
///
/// Lowers to (see `RatingForm+Lowering.swift`):
///
///     NAME           UpdateContactAttributes  retry counter = 0 → NAME.ask
///     NAME.ask       GetParticipantInput (stored, one digit) → NAME.check; error → NAME.retry
///     NAME.check     Compare $.StoredCustomerInput: 1…scale → NAME.save; Timeout → NAME.no-input;
///                    else → NAME.invalid
///     NAME.save      UpdateContactAttributes save_as = $.StoredCustomerInput → next
///     NAME.no-input  MessageParticipant (no_input_prompt) → NAME.retry
///     NAME.invalid   MessageParticipant (invalid_prompt) → NAME.retry
///     NAME.retry     Compare on the counter → NAME.ask `retries` times, then fallback
struct RatingForm: BlockForm {
    static let keyword = "rating"
    static let keys = ["prompt", "timeout", "scale", "save_as", "retries", "no_input_prompt", "invalid_prompt", "fallback"]

    let prompt: Prompt
    let timeout: Int
    let scale: Int
    let saveAs: Located<String>
    let retries: Int
    let noInputPrompt: Prompt?
    let invalidPrompt: Prompt?
    let fallback: Located<String>

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let reader = context.reader(value, for: Self.keyword, known: Self.keys),
            let prompt = reader.required("prompt", "the question").flatMap({ Prompt($0, for: "prompt", sink: sink) }),
            let saveAs = reader.requiredString("save_as", "the contact attribute that keeps the score"),
            let fallback = reader.requiredString("fallback", "where the caller goes when no score is given")
        else { return nil }
        if saveAs.value.contains("$") || saveAs.value.contains(".") {
            sink.report(.invalidName, "attribute name '\(saveAs.value)' must not contain '$' or '.'", at: saveAs.location)
        }
        self.prompt = prompt
        self.saveAs = saveAs
        self.fallback = fallback
        timeout = reader.int("timeout", in: 1...179)?.value ?? context.defaults.inputTimeout
        scale = reader.int("scale", in: 2...9)?.value ?? 5
        retries = reader.int("retries", in: Retries.range)?.value ?? 2
        noInputPrompt = reader.node("no_input_prompt").flatMap { Prompt($0, for: "no_input_prompt", sink: sink) }
        invalidPrompt = reader.node("invalid_prompt").flatMap { Prompt($0, for: "invalid_prompt", sink: sink) }
    }

    /// The save completes the block, so `next`, `on_error` and `errors` attach to it.
    var entryAction: String { "UpdateContactAttributes" }

    var attributeLocations: [String: SourceLocation] { [saveAs.value: saveAs.location] }
}
