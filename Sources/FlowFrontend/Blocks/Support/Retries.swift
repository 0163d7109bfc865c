import FlowCore

/// The bounded-retry keys a caller-input block shares (`menu`, `store_input`):
///
///     retries: 2                                   # ask again up to twice more…
///     no_input_prompt: "Sorry, I did not hear anything."
///     invalid_prompt: "Sorry, that is not valid."
///     fallback: agent                              # …then go here
///
/// Each retry costs one action in the emitted flow (see `FlowBuilder+Retries.swift`), hence the
/// limit of 10.
struct Retries: Sendable {
    static let keys = ["retries", "no_input_prompt", "invalid_prompt", "fallback"]
    static let range = 1...10

    var count: Int
    var noInputPrompt: Prompt?
    var invalidPrompt: Prompt?
    var fallback: Located<String>

    /// The retry settings, or nil when `retries` is absent (reporting keys that need it, given
    /// here with the form's own, such as `repeat_key`).
    static func read(_ reader: MappingReader, alsoNeedingRetries extra: [String] = []) -> Retries? {
        let sink = reader.sink
        guard let count = reader.int("retries", in: range) else {
            for key in Array(keys.dropFirst()) + extra {
                if let location = reader.keyLocation(key), !reader.has("retries") {
                    sink.report(.invalidValue, "'\(key)' only applies with 'retries'", at: location)
                }
            }
            return nil
        }
        guard let fallback = reader.requiredString("fallback", "where the caller goes when the retries are spent")
        else { return nil }
        return Retries(
            count: count.value,
            noInputPrompt: reader.node("no_input_prompt").flatMap { Prompt($0, for: "no_input_prompt", sink: sink) },
            invalidPrompt: reader.node("invalid_prompt").flatMap { Prompt($0, for: "invalid_prompt", sink: sink) },
            fallback: fallback)
    }

    /// `on_timeout`-style keys that retries replace: with retries each is an error; without,
    /// each is required.
    static func checkExits(_ exits: [String], in reader: MappingReader, form: String) {
        if reader.has("retries") {
            for key in exits {
                if let location = reader.keyLocation(key) {
                    reader.sink.report(.invalidValue, "'\(key)' conflicts with 'retries': retries handle it", at: location)
                }
            }
        } else {
            for key in exits where !reader.has(key) {
                reader.sink.report(.missingKey, "\(form) needs '\(key)', or 'retries' with a 'fallback'", at: reader.location)
            }
        }
    }
}
