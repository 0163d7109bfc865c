/// One way out of a block.
public struct Outcome: Sendable, Hashable {
    public var kind: OutcomeKind
    public var target: BlockID
    /// Where the author wrote this transition, when it was written (not synthesised by lowering).
    public var location: SourceLocation?

    public init(_ kind: OutcomeKind, to target: BlockID, at location: SourceLocation? = nil) {
        self.kind = kind
        self.target = target
        self.location = location
    }
}

/// Why a transition is taken: success, a condition that held, or an error.
public enum OutcomeKind: Sendable, Hashable, CustomStringConvertible {
    /// The action succeeded (Connect's `NextAction`).
    case next
    /// A condition on the action's result held (Connect's `Conditions[]`).
    case condition(Condition)
    /// The action raised this error type (Connect's `Errors[]`), including `NoMatchingCondition`.
    case error(String)

    public var isError: Bool {
        if case .error = self { return true }
        return false
    }

    /// A short label: `next`, `= 1`, `NoMatchingError`.
    public var description: String {
        switch self {
        case .next: "next"
        case .condition(let condition): condition.description
        case .error(let type): type
        }
    }
}

/// A condition on an action's result: an operator and its operands.
public struct Condition: Sendable, Hashable, CustomStringConvertible {
    public var comparison: ComparisonOperator
    public var operands: [String]

    public init(_ comparison: ComparisonOperator, _ operands: [String]) {
        self.comparison = comparison
        self.operands = operands
    }

    /// `Equals` with one operand, the most common condition.
    public static func equals(_ operand: String) -> Condition { Condition(.equals, [operand]) }

    public var description: String {
        "\(comparison.symbol) \(operands.joined(separator: ", "))"
    }
}

/// The operators of the flow language's conditions.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equals = "Equals"
    case textStartsWith = "TextStartsWith"
    case textEndsWith = "TextEndsWith"
    case textContains = "TextContains"
    case numberGreaterThan = "NumberGreaterThan"
    case numberGreaterOrEqualTo = "NumberGreaterOrEqualTo"
    case numberLessThan = "NumberLessThan"
    case numberLessOrEqualTo = "NumberLessOrEqualTo"

    /// Whether the operator compares numbers (and is false for non-numeric values).
    public var isNumeric: Bool { rawValue.hasPrefix("Number") }

    /// The operator as flowc's condition syntax writes it.
    public var symbol: String {
        switch self {
        case .equals: "=="
        case .textStartsWith: "starts with"
        case .textEndsWith: "ends with"
        case .textContains: "contains"
        case .numberGreaterThan: ">"
        case .numberGreaterOrEqualTo: ">="
        case .numberLessThan: "<"
        case .numberLessOrEqualTo: "<="
        }
    }
}
