import FlowCore

/// `menu:` asks the caller to press a key and branches on it (GetParticipantInput).
///
///     main-menu:
///       menu:
///         prompt: "For billing press 1. For support press 2."
///         options: { 1: billing, 2: support }
///         retries: 2                        # ask again up to twice more…
///         no_input_prompt: "Sorry, I did not hear a choice."
///         invalid_prompt: "Sorry, that is not an option."
///         fallback: agent                   # …then go here
///         repeat_key: 9                     # pressing 9 hears the menu again, counted as a retry
///
/// Without `retries`, `on_timeout` and `on_invalid` name where the caller goes instead. With
/// them, the menu lowers to a retry-counter reset, the input action, the two apology prompts and
/// the counter that bounds the attempts (see `MenuForm+Lowering.swift`).
struct MenuForm: BlockForm {
    static let keyword = "menu"
    static let keys = ["prompt", "timeout", "options", "on_timeout", "on_invalid", "retries", "no_input_prompt",
                       "invalid_prompt", "fallback", "repeat_key"]
    static let keysOnPhone = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"]

    let prompt: Prompt
    let timeout: Int
    let options: [(key: Located<String>, target: Located<String>)]
    let onTimeout: Located<String>?
    let onInvalid: Located<String>?
    let retry: Retries?
    /// A key that plays the menu again, counted against the retries.
    let repeatKey: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let reader = context.reader(value, for: Self.keyword, known: Self.keys) else { return nil }
        guard let prompt = reader.required("prompt", "what the caller hears").flatMap({ Prompt($0, for: "prompt", sink: sink) })
        else { return nil }
        self.prompt = prompt
        timeout = reader.int("timeout", in: 1...179)?.value ?? context.defaults.inputTimeout
        options = Self.readOptions(reader.required("options", "the keys the caller can press"), sink: sink)
        onTimeout = reader.string("on_timeout")
        onInvalid = reader.string("on_invalid")
        retry = Retries.read(reader, alsoNeedingRetries: ["repeat_key"])
        repeatKey = retry == nil ? nil : reader.string("repeat_key")
        if let repeatKey, !Self.keysOnPhone.contains(repeatKey.value) {
            sink.report(.invalidValue, "'repeat_key' must be one key: 0-9, * or #", at: repeatKey.location)
        }
        Retries.checkExits(["on_timeout", "on_invalid"], in: reader, form: "menu")
        if let key = repeatKey, let clash = options.first(where: { $0.key.value == key.value }) {
            sink.report(.duplicateKey, "key \(key.value) is both an option and the repeat key", at: clash.key.location)
        }
    }

    var entryAction: String { "GetParticipantInput" }
    var nextRule: NextRule { .forbidden("a menu goes where the caller's choice leads (options)") }

    private static func readOptions(_ node: YAMLNode?, sink: ScopedSink) -> [(key: Located<String>, target: Located<String>)] {
        guard let node, let mapping = sink.mapping(node, for: "options") else { return [] }
        return mapping.entries.compactMap { key, value in
            guard keysOnPhone.contains(key.text) else {
                sink.report(.invalidValue, "menu option '\(key.text)' must be one key: 0-9, * or #", at: key.location)
                return nil
            }
            return sink.string(value, for: key.text, expected: "a block name").map { (Located(key.text, at: key.location), $0) }
        }
    }
}
