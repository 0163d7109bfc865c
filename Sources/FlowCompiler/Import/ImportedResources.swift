import FlowBackends
import FlowCore
import Foundation

/// The resources an import finds in flows' parameters: every ARN of a queue, prompt, hours of
/// operation, Lambda function, Lex bot, flow or module becomes a named reference, bound to the
/// original ARN in the imported project's default environment so that a build reproduces it.
struct ImportedResources {
    /// The original text of each reference.
    private(set) var bindings: [ResourceReference: String] = [:]
    private var byValue: [String: ResourceReference] = [:]
    /// Flows and modules of the import itself: bound like the others, but not external.
    private(set) var projectFlows: Set<ResourceReference> = []
    /// Input names each Lambda function is called with.
    private(set) var lambdaInputs: [String: Set<String>] = [:]
    /// The response types each Lambda function's calls validate (`none` where a call does not).
    private var lambdaResponses: [String: Set<String>] = [:]

    /// The response type every call of the function validates, if they all do and agree.
    func responseType(of function: String) -> String? {
        guard let types = lambdaResponses[function], types.count == 1, let only = types.first, only != "none" else { return nil }
        return only
    }

    /// ARN shapes by kind; the captured group names the resource. Templated ARNs (`${...}`)
    /// are left as text.
    static let patterns: [(ResourceKind, String)] = [
        (.lambda, #"^arn:aws[a-z-]*:lambda:[^:]+:[0-9]+:function:([A-Za-z0-9_-]+)(:[A-Za-z0-9$_-]+)?$"#),
        (.queue, #"^arn:aws[a-z-]*:connect:[^:]+:[0-9]+:instance/[A-Za-z0-9-]+/queue/([A-Za-z0-9-]+)$"#),
        (.prompt, #"^arn:aws[a-z-]*:connect:[^:]+:[0-9]+:instance/[A-Za-z0-9-]+/prompt/([A-Za-z0-9-]+)$"#),
        (.hours, #"^arn:aws[a-z-]*:connect:[^:]+:[0-9]+:instance/[A-Za-z0-9-]+/operating-hours/([A-Za-z0-9-]+)$"#),
        (.flow, #"^arn:aws[a-z-]*:connect:[^:]+:[0-9]+:instance/[A-Za-z0-9-]+/contact-flow/([A-Za-z0-9-]+)$"#),
        (.module, #"^arn:aws[a-z-]*:connect:[^:]+:[0-9]+:instance/[A-Za-z0-9-]+/flow-module/([A-Za-z0-9-]+)$"#),
        (.lexBot, #"^arn:aws[a-z-]*:lex:[^:]+:[0-9]+:bot-alias/[A-Za-z0-9]+/([A-Za-z0-9]+)$"#),
    ]

    /// Parameters whose value names a resource of a known kind, so that a templated value
    /// (`${LambdaGetSurveyConfig.Arn}`, `{{lambdaFunctions.lookup.arn}}`) becomes one too.
    static let templatedParameters: [String: ResourceKind] = [
        "LambdaFunctionARN": .lambda, "ContactFlowId": .flow, "FlowModuleId": .module, "QueueId": .queue,
        "HoursOfOperationId": .hours,
    ]

    /// Records that `arn` is a flow (or module) of the import, named `name`.
    mutating func declare(projectFlow name: String, module: Bool, arn: String) {
        let reference = ResourceReference(module ? .module : .flow, name)
        bindings[reference] = arn
        byValue[arn] = reference
        projectFlows.insert(reference)
    }

    /// The graph with every recognised ARN, and every templated value of a parameter that names a
    /// resource, replaced by a reference.
    mutating func extract(from graph: FlowGraph) -> FlowGraph {
        var graph = graph
        for index in graph.blocks.indices {
            for (name, value) in graph.blocks[index].parameters {
                if case .string(let text) = value, let kind = Self.templatedParameters[name],
                    let reference = templated(text, kind: kind) {
                    graph.blocks[index].parameters[name] = .reference(reference)
                } else {
                    graph.blocks[index].parameters[name] = symbolic(value)
                }
            }
            record(lambdaCall: graph.blocks[index])
        }
        return graph
    }

    /// A reference for a templated value, named after the template (`TemplateName`).
    private mutating func templated(_ text: String, kind: ResourceKind) -> ResourceReference? {
        if let known = byValue[text] { return known.kind == kind ? known : nil }
        guard let base = TemplateName.name(of: text, kind: kind) else { return nil }
        return bind(text, to: base, kind: kind)
    }

    private mutating func bind(_ text: String, to base: String, kind: ResourceKind) -> ResourceReference {
        var name = base, serial = 2
        while bindings[ResourceReference(kind, name)] != nil { name = "\(base)-\(serial)"; serial += 1 }
        let reference = ResourceReference(kind, name)
        bindings[reference] = text
        byValue[text] = reference
        return reference
    }

    private mutating func symbolic(_ value: ParameterValue) -> ParameterValue {
        switch value {
        case .string(let text): reference(for: text).map(ParameterValue.reference) ?? value
        case .list(let items): .list(items.map { symbolic($0) })
        case .object(let members): .object(members.mapValues { symbolic($0) })
        default: value
        }
    }

    private mutating func reference(for text: String) -> ResourceReference? {
        if let known = byValue[text] { return known }
        guard text.hasPrefix("arn:") else { return nil }
        for (kind, pattern) in Self.patterns {
            guard let match = text.range(of: pattern, options: .regularExpression) else { continue }
            let id = String(text[match]).split(whereSeparator: { "/:".contains($0) }).map(String.init)
            let base = kind == .lambda ? BlockNamer.kebab(id[id.firstIndex(of: "function")! + 1])
                : "\(kind.rawValue.replacingOccurrences(of: "_", with: "-"))-\(String(id.last!.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(8)))"
            return bind(text, to: base.isEmpty ? kind.rawValue : base, kind: kind)
        }
        return nil
    }

    private mutating func record(lambdaCall block: Block) {
        guard block.action == "InvokeLambdaFunction", case .reference(let function)? = block.parameters["LambdaFunctionARN"]
        else { return }
        if case .object(let inputs)? = block.parameters["LambdaInvocationAttributes"] {
            lambdaInputs[function.name, default: []].formUnion(inputs.keys)
        }
        var response = "none"
        if case .object(let validation)? = block.parameters["ResponseValidation"] {
            response = validation["ResponseType"]?.scalarText ?? "none"
        }
        lambdaResponses[function.name, default: []].insert(response)
    }
}
