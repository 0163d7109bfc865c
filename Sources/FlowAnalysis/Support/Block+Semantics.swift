import FlowCore

extension FlowKind {
    /// Flow types that loop until something outside the flow (an agent taking the contact)
    /// ends them: customer-queue and hold flows.
    var waitsForAgent: Bool { [.flow(.customerQueue), .flow(.customerHold), .flow(.agentHold)].contains(self) }
}

extension FlowGraph {
    /// Whether the cycle is a waiting loop of a queue or hold flow, which Connect ends when an
    /// agent takes the contact. `index` is the flow's `blockIndex`, built once by the caller.
    func isWaitingLoop(_ cycle: [BlockID], index: [BlockID: Int]) -> Bool {
        guard kind.waitsForAgent else { return false }
        return cycle.contains { index[$0].map { blocks[$0].takesTime } ?? false }
    }
}

/// What the analyses need to know about an action beyond its catalogue row: facts that depend
/// on its parameters, and how a caller experiences it.
extension Block {
    /// Actions that play something to the caller.
    static let promptActions: Set<String> = [
        "MessageParticipant", "GetParticipantInput", "ConnectParticipantWithLexBot", "MessageParticipantIteratively",
    ]

    /// Whether the action plays a prompt to the caller.
    var playsPrompt: Bool { Self.promptActions.contains(action) }

    /// Whether the action takes the caller's time (plays something or waits), so that a cycle
    /// through it is a waiting loop rather than a busy one.
    var takesTime: Bool { playsPrompt || action == "Wait" }

    /// Whether the flow ends here or hands the contact on when the action succeeds.
    var leavesFlow: Bool { spec.map { $0.exit != .continues } ?? false }

    /// A parameter's value as text when it is a string, number or boolean.
    func string(_ parameter: String) -> String? { parameters[parameter]?.scalarText }

    /// The conditions with their outcomes, in order.
    var conditions: [(condition: Condition, outcome: Outcome)] {
        outcomes.compactMap { outcome in
            if case .condition(let condition) = outcome.kind { return (condition, outcome) }
            return nil
        }
    }

    /// Error types with a branch.
    var handledErrors: Set<String> {
        Set(outcomes.compactMap { outcome in
            if case .error(let type) = outcome.kind { return type }
            return nil
        })
    }

    /// Error types this action can raise with these parameters (the catalogue's list, less
    /// the ones its parameters rule out), excluding `NoMatchingCondition`.
    var raisableErrors: [String] {
        guard let spec else { return [] }
        return spec.errors.filter { error in
            switch (action, error) {
            case (_, "NoMatchingCondition"): false
            case ("GetParticipantInput", "InvalidPhoneNumber"): isStoringPhoneNumber
            case ("GetParticipantInput", "InputTimeLimitExceeded"), ("ConnectParticipantWithLexBot", "InputTimeLimitExceeded"):
                false  // a timeout is covered by NoMatchingError (observed in exports, not documented as its own branch)
            case ("TransferParticipantToThirdParty", "CallFailed"), ("TransferParticipantToThirdParty", "ConnectionTimeLimitExceeded"):
                string("ContinueFlowExecution")?.lowercased() == "true"
            case ("UpdateContactRecordingAndAnalyticsBehavior", "InFlightRedactionConfigurationFailed"):
                parameters["ChatBehavior"] != nil
            default: true
            }
        }
    }

    /// Error types of the catalogue this action cannot raise with these parameters. A Store
    /// customer input block takes its success branch on silence, with `Timeout` stored ([SCI];
    /// none of the corpus's 40 store-mode actions has the branch), and has no conditions to miss
    /// (slug participant-actions-getparticipantinput: NoMatchingCondition only when StoreInput is
    /// false).
    var errorsRuledOut: Set<String> {
        guard action == "GetParticipantInput", string("StoreInput")?.lowercased() == "true" else { return [] }
        return ["InputTimeLimitExceeded", "NoMatchingCondition"]
    }

    /// Whether the action branches on a result and so needs a `NoMatchingCondition` branch for
    /// results no condition matches. Modules and views branch only when given conditions
    /// (a module's custom branches, a view's actions).
    var needsNoMatchBranch: Bool {
        guard let spec, spec.errors.contains("NoMatchingCondition") else { return false }
        switch action {
        case "GetParticipantInput": return string("StoreInput")?.lowercased() != "true"
        case "InvokeFlowModule", "ShowView": return !conditions.isEmpty
        default: return true
        }
    }

    private var isStoringPhoneNumber: Bool {
        guard string("StoreInput")?.lowercased() == "true", case .object(let validation)? = parameters["InputValidation"] else {
            return false
        }
        return validation["PhoneNumberValidation"] != nil
    }

    /// Whether taking this outcome is the caller's own choice (a key pressed, an intent
    /// spoken), as opposed to a timeout, an error or the flow's own logic.
    func isCallerChoice(_ outcome: Outcome) -> Bool {
        switch outcome.kind {
        case .condition: ["GetParticipantInput", "ConnectParticipantWithLexBot", "ShowView"].contains(action)
        case .next: action == "GetParticipantInput" && string("StoreInput")?.lowercased() == "true"
        case .error: false
        }
    }
}
