import FlowCore

/// `missing_stored_input`: `$.StoredCustomerInput` read where, on some path, no store input ran
/// before it: in this flow, or in the flow that transferred here.
///
/// The stored input is what the most recent Store customer input block stored
/// (connect-attrib-list page); a module cannot use its caller's (contact-flow-modules page), so
/// a module starts without one. Works on Connect JSON too, where a flow's callers are unknown
/// and only paths inside a module are judged. Cost: one pass over the reads, after the data flow.
struct MissingStoredInput: Rule {
    let info = RuleInfo(
        DiagnosticKind(id: "missing_stored_input", defaultSeverity: .error,
                       summary: "$.StoredCustomerInput read where no store input ran before it"),
        rationale: """
            $.StoredCustomerInput holds what the caller typed at the flow's last store_input. Read \
            on a path that never asked, it is empty: a Lambda validates nothing, a callback number \
            is blank. Ask first on every path, or keep the value in a contact attribute.
            """,
        examples: [
            .triggering("a callback number set on a path that never asked for it", """
                flow: callback
                blocks:
                  start:
                    menu: { prompt: Press 1 to type a number, options: { 1: ask }, on_timeout: use, on_invalid: use }
                    on_error: bye
                  ask:
                    store_input: { prompt: Your number., phone_number: { format: e164 }, on_timeout: bye, on_invalid_phone_number: bye }
                    next: use
                    on_error: bye
                  use:
                    set_callback_number: { number: $.StoredCustomerInput, on_invalid: bye, on_not_dialable: bye }
                #                                  ^ missing_stored_input
                    next: bye
                  bye:
                    disconnect:
                """),
            .clean("the number is read only after it was typed", """
                flow: callback
                blocks:
                  ask:
                    store_input: { prompt: Your number., phone_number: { format: e164 }, on_timeout: bye, on_invalid_phone_number: bye }
                    next: use
                    on_error: bye
                  use:
                    set_callback_number: { number: $.StoredCustomerInput, on_invalid: bye, on_not_dialable: bye }
                    next: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ context: AnalysisContext) -> [Finding] {
        context.dataFlow.reads(in: "StoredCustomerInput").compactMap { read, state, start in
            guard state.storedInputFromStart && start.storedInputMissing else { return nil }
            return Finding("'\(read.path.text)' is read where no store_input ran before it on some path",
                           at: read.location, flow: read.flow, block: read.block.origin)
        }
    }
}
