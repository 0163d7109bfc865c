import FlowCore

/// Emits Amazon Connect flow-language JSON (Version 2019-10-30), one file per flow or module:
/// `connect/NAME.json`.
///
/// Output is deterministic: actions in the graph's order, object keys sorted, identifiers
/// derived from block names (`ConnectIdentifiers`), designer positions from `LayeredLayout`.
/// References become the environment's ARN or ID, else a `${placeholder}`.
///
/// With placeholders the file is a Terraform template (`templatefile`), so text that would read
/// as template syntax — `${` and `%{` in a prompt, a condition, a description — is escaped as
/// Terraform's template syntax says (`$${`, `%%{`); an environment's build, every reference
/// bound, keeps text as written.
public struct ConnectEmitter: Sendable {
    public static let version = "2019-10-30"
    public let bindings: ReferenceBindings
    /// Whether the output is a Terraform template (no reference bound).
    public let isTemplate: Bool

    /// - Parameters:
    ///   - bindings: the environment's ARNs; none for the Terraform templates.
    ///   - isTemplate: whether the output is a template (the default build), not an environment's.
    public init(bindings: ReferenceBindings, isTemplate: Bool) {
        self.bindings = bindings
        self.isTemplate = isTemplate
    }

    /// Free text as the output carries it: escaped for Terraform's templates when it is one.
    func text(_ string: String) -> JSONValue {
        guard isTemplate, string.utf8.contains(UInt8(ascii: "{")) else { return .string(string) }
        return .string(string.replacingOccurrences(of: "${", with: "$${").replacingOccurrences(of: "%{", with: "%%{"))
    }

    public func emit(_ graph: FlowGraph) -> OutputFile {
        OutputFile(path: "connect/\(graph.name).json", contents: document(graph).rendered())
    }

    /// The flow's JSON document. A module's also carries `Settings`, as every module export
    /// in the corpus does (030, 035, 038, 063, 066, 068) and the Terraform provider's module
    /// example writes it: no input or output parameters, and the two default branches.
    public func document(_ graph: FlowGraph) -> JSONValue {
        let identifiers = ConnectIdentifiers(graph.blocks.map(\.id))
        let actions = graph.blocks.map { action($0, identifiers: identifiers) }
        var document: [String: JSONValue] = [
            "Version": .string(Self.version),
            "StartAction": .string(identifiers[graph.start]),
            "Metadata": metadata(graph, identifiers: identifiers),
            "Actions": .array(actions),
        ]
        if graph.kind == .module { document["Settings"] = Self.moduleSettings }
        return .object(document)
    }

    /// A module's `Settings`: parameters and branches (`Success`, `Error`).
    static let moduleSettings: JSONValue = .object([
        "InputParameters": .array([]),
        "OutputParameters": .array([]),
        "Transitions": .array(["Success", "Error"].map { name in
            .object(["DisplayName": .string(name), "ReferenceName": .string(name), "Description": .string("")])
        }),
    ])

    private func action(_ block: Block, identifiers: ConnectIdentifiers) -> JSONValue {
        var parameters: [String: JSONValue] = [:]
        for (name, value) in block.parameters { parameters[name] = json(value) }
        return .object([
            "Identifier": .string(identifiers[block.id]),
            "Type": .string(block.action),
            "Parameters": .object(parameters),
            "Transitions": transitions(block, identifiers: identifiers),
        ])
    }

    /// `NextAction`, `Conditions` and `Errors`; `{}` for terminal actions. An action whose
    /// success leaves the flow gets its first error target as `NextAction`, and an action that
    /// branches gets `Block.designerNextTarget`, as the Connect designer writes them.
    private func transitions(_ block: Block, identifiers: ConnectIdentifiers) -> JSONValue {
        var transitions: [String: JSONValue] = [:]
        var conditions: [JSONValue] = [], errors: [JSONValue] = []
        for outcome in block.outcomes {
            let target = JSONValue.string(identifiers[outcome.target])
            switch outcome.kind {
            case .next:
                transitions["NextAction"] = target
            case .condition(let condition):
                conditions.append(.object([
                    "NextAction": target,
                    "Condition": .object([
                        "Operator": .string(condition.comparison.rawValue),
                        "Operands": .array(condition.operands.map(text)),
                    ]),
                ]))
            case .error(let type):
                errors.append(.object(["NextAction": target, "ErrorType": .string(type)]))
            }
        }
        if transitions["NextAction"] == nil, block.spec?.exit == .leavesFlowOnSuccess,
            let firstError = block.outcomes.first(where: \.kind.isError) {
            transitions["NextAction"] = .string(identifiers[firstError.target])
        } else if transitions["NextAction"] == nil, let implied = block.designerNextTarget {
            transitions["NextAction"] = .string(identifiers[implied])
        }
        if !conditions.isEmpty { transitions["Conditions"] = .array(conditions) }
        if !errors.isEmpty { transitions["Errors"] = .array(errors) }
        return .object(transitions)
    }

    private func json(_ value: ParameterValue) -> JSONValue {
        switch value {
        case .string(let string): text(string)
        case .number(let number): .number(number)
        case .bool(let value): .bool(value)
        case .null: .null
        case .reference(let reference): .string(bindings.render(reference))
        case .list(let items): .array(items.map(json))
        case .object(let members): .object(members.mapValues(json))
        }
    }

    private func metadata(_ graph: FlowGraph, identifiers: ConnectIdentifiers) -> JSONValue {
        let layout = LayeredLayout(graph)
        var actions: [String: JSONValue] = [:]
        for block in graph.blocks {
            guard let point = layout.positions[block.id] else { continue }
            actions[identifiers[block.id]] = .object(["position": .object(["x": .number(String(point.x)), "y": .number(String(point.y))])])
        }
        // The keys the designer writes: flows also carry their `type`, modules do not (corpus 030, 035).
        var metadata: [String: JSONValue] = [
            "entryPointPosition": .object(["x": .number("40"), "y": .number("40")]),
            "ActionMetadata": .object(actions),
            "name": .string(graph.name),
            "description": text(graph.description ?? ""),
            "status": .string("published"),
            "hash": .object([:]),
        ]
        if graph.kind != .module { metadata["type"] = .string(graph.kind.designerName) }
        return .object(metadata)
    }
}
