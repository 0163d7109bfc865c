import FlowCore

extension FlowBuilder {
    /// The entry action's outcomes: `next`, then the form's own, then `errors:`, then `on_error`.
    ///
    /// Reports error types the entry action cannot raise (except for the generic form, which
    /// writes Connect's transitions as they are) and error types given two branches.
    func commonOutcomes(of block: BlockDeclaration, after own: [Outcome]) -> [Outcome] {
        let sink = self.sink.block(block.name.value)
        let entryAction = block.entryAction
        let raisable = ActionCatalogue.spec(for: entryAction)?.errors ?? []
        var outcomes: [Outcome] = []
        if let next = outcome(.next, to: block.next, sink: sink) { outcomes.append(next) }
        outcomes += own
        var handled = Set(own.compactMap { outcome -> String? in
            if case .error(let type) = outcome.kind { return type }
            return nil
        })
        for (type, target) in block.errors {
            guard block.isRaw || raisable.contains(type.value) else {
                let options = raisable.isEmpty ? "it raises none" : "it raises \(raisable.joined(separator: ", "))"
                sink.report(.invalidValue,
                            "\(entryAction) cannot raise '\(type.value)'; \(options)"
                                + Suggestion.hint(for: type.value, in: raisable), at: type.location)
                continue
            }
            guard handled.insert(type.value).inserted else {
                sink.report(.duplicateKey, "error '\(type.value)' already has a branch in this block", at: type.location)
                continue
            }
            if let outcome = outcome(.error(type.value), to: target, sink: sink) { outcomes.append(outcome) }
        }
        if let onError = block.onError {
            if !block.isRaw && !raisable.contains("NoMatchingError") {
                sink.report(.invalidValue, "'on_error' has no effect: \(entryAction) does not fail",
                            at: onError.location)
            } else if own.contains(where: { $0.kind == .error("NoMatchingError") && $0.location == nil }) {
                sink.report(.invalidValue, "'on_error' conflicts with 'retries': failures are retried, then go to 'fallback'",
                            at: onError.location)
            } else if handled.contains("NoMatchingError") {
                sink.report(.duplicateKey, "'on_error' repeats a branch the block already has for errors",
                            at: onError.location)
            } else if let outcome = outcome(.error("NoMatchingError"), to: onError, sink: sink) {
                outcomes.append(outcome)
            }
        }
        return outcomes
    }
}
