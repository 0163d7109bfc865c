/// Everything flowc knows about one Connect action type: the row of the catalogue.
public struct ActionSpec: Sendable, Hashable {
    /// The Connect `Type`, for example `MessageParticipant`.
    public let type: String
    /// The console block that writes this action, for humans.
    public let block: String
    public let parameters: [ParameterSpec]
    public let conditions: ConditionRule
    /// Error types the action can raise, in the order the console lists them. Includes
    /// `NoMatchingCondition` for actions whose "no condition held" branch lives in `Errors`.
    public let errors: [String]
    /// Error types the action page says must always have their own branch, whatever else
    /// catches errors.
    public let requiredErrors: [String]
    /// Error types the Connect designer always writes a branch for, which flowc sends where the
    /// block's other errors go unless the block names a target of its own.
    public let designerErrors: [String]
    public let exit: FlowExit
    /// The flow kinds the action may appear in.
    public let allowedIn: Set<FlowKind>

    /// The parameter with this Connect name, if the catalogue knows it.
    public func parameter(_ name: String) -> ParameterSpec? { parameters.first { $0.name == name } }

    /// Whether the action never continues in this flow (empty `Transitions`).
    public var isTerminal: Bool { exit == .terminal }
}

/// What happens after an action succeeds.
public enum FlowExit: Sendable, Hashable {
    /// The flow continues at `NextAction` (or at a condition's target).
    case continues
    /// Success hands the contact elsewhere and ends this flow (TransferContactToQueue,
    /// TransferToFlow, …); only error branches stay in the flow.
    case leavesFlowOnSuccess
    /// The action ends the flow and has no transitions at all.
    case terminal
}

/// Which conditions an action's result can be tested with.
public enum ConditionRule: Sendable, Hashable {
    /// The action has no result to branch on.
    case none
    /// Any operator, any operand.
    case any
    /// `Equals` only; when `operands` is non-nil, only those operands.
    case equalsOnly(operands: [String]?)
    /// `Equals` on exactly these results, every one of them present.
    case required([String])

    /// Whether conditions may appear at all.
    public var allowsConditions: Bool { self != .none }
}

/// One parameter of an action.
public struct ParameterSpec: Sendable, Hashable {
    /// How dynamic a parameter's value may be (the reference's S / P / D codes).
    public enum Mutability: Sendable, Hashable {
        /// Static only: no JSONPath anywhere.
        case staticOnly
        /// Static, or one JSONPath that is the whole value.
        case wholeValuePath
        /// Static or dynamic, with interpolation.
        case dynamic
    }

    public let name: String
    public let isRequired: Bool
    public let mutability: Mutability

    public init(_ name: String, required: Bool = false, _ mutability: Mutability = .dynamic) {
        self.name = name
        self.isRequired = required
        self.mutability = mutability
    }
}
