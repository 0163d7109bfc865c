extension Block {
    /// The `NextAction` the Connect designer writes on an action that branches and so has no
    /// success transition of its own: the no-match branch's target, else the catch-all error's,
    /// else the `DoneLooping` target. Emitters write it where the IR has no `next`, so that flows
    /// read like the designer's, and import treats a `next` equal to it as implied.
    public var designerNextTarget: BlockID? {
        let branches = outcomes.filter { $0.kind != .next }
        guard branches.contains(where: { if case .condition = $0.kind { true } else { false } }) else { return nil }
        return branches.first { $0.kind == .error("NoMatchingCondition") }?.target
            ?? branches.first { $0.kind == .error("NoMatchingError") }?.target
            ?? branches.first { $0.kind == .condition(.equals("DoneLooping")) }?.target
    }

    /// The outcomes without a `next` that only repeats `designerNextTarget`.
    public var outcomesWithoutImpliedNext: [Outcome] {
        guard let implied = designerNextTarget else { return outcomes }
        return outcomes.filter { !($0.kind == .next && $0.target == implied) }
    }
}
