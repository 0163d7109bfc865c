import FlowCore

/// Reads the `Actions` of a flow-language document into blocks, reporting malformed parts at
/// their position and carrying on.
struct ConnectActionReader {
    let sink: ScopedSink
    /// The file's text, to find where paths inside values are written.
    let source: SourceLines

    func graph(_ content: JSONNode, name: String, kind: FlowKind?, location: SourceLocation) -> FlowGraph? {
        if let version = content["Version"], version.string != "2019-10-30" {
            sink.report(.notFlowLanguage, "Version is \(version.string.map { "'\($0)'" } ?? version.shapeName); flowc reads 2019-10-30",
                        at: version.location)
        }
        guard case .array(let items, _)? = content["Actions"] else {
            sink.report(.notFlowLanguage, "\"Actions\" must be an array of actions", at: content["Actions"]?.location ?? location)
            return nil
        }
        let blocks = items.compactMap(block)
        let start = content["StartAction"]
        if start?.string == nil {
            sink.report(.wrongType, "\"StartAction\" must be the Identifier of the first action", at: start?.location ?? location)
        }
        // Module content carries `Settings` (its parameters and branches), as the module exports in
        // the corpus do (030, 035, 038, 063, 066, 068); older ones are known by their Return action.
        let isModule = content["Settings"] != nil || blocks.contains { $0.action == "EndFlowModuleExecution" }
        let designerType = content["Metadata"]?["type"]?.string.flatMap(FlowKind.init(designerName:))
        return FlowGraph(
            name: name, kind: kind ?? designerType ?? (isModule ? .module : .flow(.contactFlow)), start: BlockID(start?.string ?? ""),
            blocks: blocks, location: location, startLocation: start?.location, format: .connectJSON)
    }

    private func block(_ node: JSONNode) -> Block? {
        guard case .object = node else {
            sink.report(.wrongType, "an action must be an object, found \(node.shapeName)", at: node.location)
            return nil
        }
        guard let identifier = node["Identifier"]?.string else {
            sink.report(.missingKey, "an action needs a string \"Identifier\"", at: node.location)
            return nil
        }
        let scoped = sink.block(identifier)
        let type = node["Type"]?.string ?? ""
        if ActionCatalogue.spec(for: type) == nil {
            scoped.report(.unknownActionType, "action type '\(type)' is not in flowc's catalogue"
                              + Suggestion.hint(for: type, in: ActionCatalogue.allTypes)
                              + "; only its transitions are checked", at: node["Type"]?.location ?? node.location)
        }
        var block = Block(id: BlockID(identifier), action: type, location: node.location)
        if case .object(let members, _)? = node["Parameters"] {
            for member in members { block.parameters[member.key] = parameter(member.value) }
            block.pathLocations = node["Parameters"]!.pathLocations(in: source)
        }
        if type == "UpdateContactAttributes", case .object(let attributes, _)? = node["Parameters"]?["Attributes"] {
            block.attributeLocations = Dictionary(attributes.map { ($0.key, $0.keyLocation) }, uniquingKeysWith: { first, _ in first })
        }
        block.outcomes = outcomes(node["Transitions"], sink: scoped)
        return block
    }

    /// JSON as a parameter value, keeping numbers and booleans as they are.
    private func parameter(_ node: JSONNode) -> ParameterValue {
        switch node {
        case .string(let value, _): .string(value)
        case .number(let value, _): .number(value)
        case .bool(let value, _): .bool(value)
        case .null: .null
        case .array(let items, _): .list(items.map(parameter))
        case .object(let members, _): .object(Dictionary(members.map { ($0.key, parameter($0.value)) }, uniquingKeysWith: { _, last in last }))
        }
    }
}
