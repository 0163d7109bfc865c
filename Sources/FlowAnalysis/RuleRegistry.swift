/// Every rule, in the order they run and are listed. Ids are fixed: users' policies, block
/// suppressions and CI scripts name them.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        MissingStart(), DanglingTransition(), UnreachableBlock(), DeadEnd(), UnhandledError(), InvalidConditions(),
        InvalidErrorType(), UnboundedLoop(), FlowTooLarge(), InvalidIdentifier(), DuplicateIdentifier(),
        LambdaTimeoutRange(), ActionNotAllowed(), UnknownFlowReference(), FlowReferenceCycle(), SilentFailure(),
        UndefinedLambdaOutput(), LambdaOutputType(), MissingStoredInput(), UnsetAttribute(), UnusedAttribute(), DataLakeAttribute(),
        LoopPromptsMisuse(), EmptyComparison(),
    ]

    /// The rule with this id.
    public static func rule(_ id: String) -> (any Rule)? { rules.first { $0.info.id == id } }

    /// Every rule id, in registry order.
    public static var ids: [String] { rules.map { $0.info.id } }
}
