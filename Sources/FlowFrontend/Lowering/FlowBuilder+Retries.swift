import FlowCore

/// Bounded retries, the construct behind `menu`, `store_input`, `rating` and `lambda` with
/// `retries:`.
///
/// Connect's Loop action counts per action identifier for the whole call and resets only after
/// it has returned `DoneLooping` ([LOOPB] https://docs.aws.amazon.com/connect/latest/adminguide/loop.html;
/// the Loop prompts page adds: "The internal counter for the loop is persisted for the call,
/// not the contact flow. If you reuse the contact flow during a call, the loop counter isn't
/// reset", [LPP] https://docs.aws.amazon.com/connect/latest/adminguide/loop-prompts.html). A
/// retry Loop left early (the caller answered on the second try) would hand its remaining count
/// to the next visit: a module asking five survey questions would share one budget among them.
/// So retries count in a contact attribute instead, reset whenever the caller enters the
/// block:
///
///     NAME           UpdateContactAttributes  COUNTER = "0" → NAME.ask        (entering: a full budget)
///     NAME.ask       the construct's action   … failure → NAME.retry     (NAME.call for a Lambda)
///     NAME.retry     Compare $.Attributes.COUNTER: "0" → NAME.retry.1, …, "r-1" → NAME.retry.r;
///                    otherwise (retries spent) → fallback
///     NAME.retry.k   UpdateContactAttributes  COUNTER = "k" → NAME.ask; error → fallback
///
/// Connect has no arithmetic, so each count has its own setter. The analyses prove such cycles
/// bounded (`unbounded_loop`): the counter only moves along 0 → 1 → … → r.
extension FlowBuilder {
    /// The contact attribute counting the block's retries: `flowc_retries_FLOW_BLOCK`.
    func retryCounter(for block: BlockDeclaration) -> String { "flowc_retries_\(flow)_\(block.name.value)" }

    /// Adds the reset at the block's id, going on to `first`.
    mutating func addRetryReset(for block: BlockDeclaration, then first: BlockID) {
        add(counterPart(block.id, value: "0", then: first, onError: first, for: block))
    }

    /// Adds `NAME.retry` and its setters: back to `retrying` `count` times, then to `fallback`.
    mutating func addRetryCounter(
        _ id: BlockID, count: Int, retrying: BlockID, fallback: Located<String>, for block: BlockDeclaration
    ) {
        let sink = self.sink.block(block.name.value)
        guard let spent = target(fallback, sink: sink) else { return }
        let steps = (1...max(count, 1)).map { id.part(String($0)) }
        let conditions = steps.enumerated().map { offset, step in
            Outcome(.condition(.equals(String(offset))), to: step)
        }
        add(Block(id: id, action: "Compare", parameters: ["ComparisonValue": .string("$.Attributes.\(retryCounter(for: block))")],
                  outcomes: conditions + [Outcome(.error("NoMatchingCondition"), to: spent, at: fallback.location)],
                  location: block.name.location, origin: block.name.value))
        for (offset, step) in steps.enumerated() {
            add(counterPart(step, value: String(offset + 1), then: retrying, onError: spent, for: block))
        }
    }

    private func counterPart(_ id: BlockID, value: String, then next: BlockID, onError: BlockID,
                             for block: BlockDeclaration) -> Block {
        Block(id: id, action: "UpdateContactAttributes",
              parameters: ["Attributes": .object([retryCounter(for: block): .string(value)]), "TargetContact": .string("Current")],
              outcomes: [Outcome(.next, to: next), Outcome(.error("NoMatchingError"), to: onError)],
              location: block.name.location, origin: block.name.value)
    }
}
