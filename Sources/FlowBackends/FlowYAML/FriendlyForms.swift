import FlowCore

/// The friendly form of a block, when the block is exactly what that form lowers to. The import
/// pipeline checks every choice by compiling it back and falls back to the generic form where
/// the result differs, so these renderers may be optimistic.
enum FriendlyForms {
    /// The block's body lines (indented four spaces), or nil when no friendly form fits.
    static func render(_ block: Block, outcomes: OutcomeLines) -> [String]? {
        let p = block.parameters
        switch block.action {
        case "MessageParticipant":
            guard p.count == 1, let prompt = prompt(p), outcomes.onlyNextAndCatchAll else { return nil }
            return ["    play: \(prompt)"] + outcomes.common
        case "DisconnectParticipant", "EndFlowExecution", "EndFlowModuleExecution", "TransferContactToAgent":
            guard p.isEmpty, block.outcomes.isEmpty else { return nil }
            let keyword = ["DisconnectParticipant": "disconnect", "EndFlowExecution": "end_flow",
                           "EndFlowModuleExecution": "return", "TransferContactToAgent": "transfer_to_agent"][block.action]!
            return ["    \(keyword):"]
        case "UpdateFlowLoggingBehavior":
            guard p.count == 1, let state = p["FlowLoggingBehavior"]?.scalarText, ["Enabled", "Disabled"].contains(state),
                outcomes.onlyNextAndCatchAll
            else { return nil }
            return ["    set_logging: \(state == "Enabled" ? "on" : "off")"] + outcomes.common
        case "UpdateContactAttributes":
            guard p.count == 2, p["TargetContact"] == .string("Current"), case .object(let attributes)? = p["Attributes"],
                !attributes.isEmpty, attributes.values.allSatisfy(isTextOrReference), outcomes.onlyNextAndCatchAll
            else { return nil }
            return YAMLText.lines("set_attributes", .object(attributes), indent: 4) + outcomes.common
        case "UpdateContactTargetQueue":
            guard p.count == 1, case .reference(let queue)? = p["QueueId"], outcomes.onlyNextAndCatchAll else { return nil }
            return ["    set_queue: \(queue.name)"] + outcomes.common
        case "TransferToFlow", "InvokeFlowModule":
            let parameter = block.action == "TransferToFlow" ? "ContactFlowId" : "FlowModuleId"
            guard p.count == 1, case .reference(let target)? = p[parameter], outcomes.onlyNextAndCatchAll else { return nil }
            let keyword = block.action == "TransferToFlow" ? "transfer_to_flow" : "invoke_module"
            let lines = block.action == "TransferToFlow" ? outcomes.catchAllOnly : outcomes.common
            return ["    \(keyword): \(target.name)"] + lines
        case "InvokeLambdaFunction":
            return lambda(block, outcomes: outcomes)
        case "UpdateContactEventHooks":
            guard p.count == 1, case .object(let hooks)? = p["EventHooks"], hooks.count == 1,
                let (event, value) = hooks.first, case .reference(let flow) = value, outcomes.onlyNextAndCatchAll
            else { return nil }
            return ["    set_hooks: { \(snakeCase(event)): \(flow.name) }"] + outcomes.common
        case "TransferContactToQueue":
            let errors = Dictionary(outcomes.errors, uniquingKeysWith: { first, _ in first })
            guard p.isEmpty, outcomes.conditions.isEmpty, errors.count == outcomes.errors.count,
                Set(errors.keys).isSubset(of: ["QueueAtCapacity", "NoMatchingError"])
            else { return nil }
            let full = errors["QueueAtCapacity"].map { ", on_at_capacity: \(outcomes.name($0))" } ?? ""
            return ["    transfer_to_queue: { queue: working\(full) }"] + outcomes.errorLines(except: ["QueueAtCapacity"])
        default:
            return BranchingForms.render(block, outcomes: outcomes)
        }
    }

    /// `play:` text for a single prompt parameter.
    static func prompt(_ parameters: [String: ParameterValue]) -> String? {
        switch (parameters["Text"], parameters["SSML"], parameters["PromptId"]) {
        case (.string(let text)?, nil, nil) where !text.trimmingCharacters(in: .whitespaces).hasPrefix("<speak>"):
            return YAMLText.quoted(text)
        case (nil, .string(let ssml)?, nil) where ssml.trimmingCharacters(in: .whitespaces).hasPrefix("<speak>"):
            return YAMLText.quoted(ssml)
        case (nil, nil, .reference(let prompt)?): return "!prompt \(prompt.name)"
        case (nil, nil, .string(let path)?) where path.hasPrefix("$."): return "{ prompt: \(YAMLText.quoted(path)) }"
        default: return nil
        }
    }

    /// `lambda:` for a synchronous call with a static timeout; the response type comes from the
    /// function's declaration in flowc.yaml (the import checks that it matches).
    static func lambda(_ block: Block, outcomes: OutcomeLines) -> [String]? {
        let p = block.parameters
        guard case .reference(let function)? = p["LambdaFunctionARN"], case .string(let timeout)? = p["InvocationTimeLimitSeconds"],
            let seconds = Int(timeout), (1...8).contains(seconds), p["InvocationType"] == nil,
            Set(p.keys).isSubset(of: ["LambdaFunctionARN", "InvocationTimeLimitSeconds", "LambdaInvocationAttributes", "ResponseValidation"]),
            outcomes.onlyNextAndCatchAll, outcomes.next != nil
        else { return nil }
        var lines = ["    lambda:", "      function: \(function.name)"]
        if case .object(let inputs)? = p["LambdaInvocationAttributes"] {
            guard inputs.values.allSatisfy(isTextOrReference) else { return nil }
            lines += YAMLText.lines("inputs", .object(inputs), indent: 6)
        }
        return lines + ["      timeout: \(seconds)"] + outcomes.common
    }

    /// `CustomerQueue` → `customer_queue`, `DefaultAgentUI` → `default_agent_ui`: event names
    /// as `set_hooks` writes them.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, let previous, previous.isLowercase { result.append("_") }
            result.append(Character(character.lowercased()))
            previous = character
        }
        return result
    }

    static func isTextOrReference(_ value: ParameterValue) -> Bool {
        switch value {
        case .string, .reference: true
        default: false
        }
    }
}
