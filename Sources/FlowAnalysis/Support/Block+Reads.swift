import FlowCore

extension Block {
    /// Every `$.` path the action reads: in its parameter values (not in the names of the
    /// attributes it sets) and in its conditions' operands, in a stable order.
    var readPaths: [AttributePath] {
        var paths: [AttributePath] = []
        for name in parameters.keys.sorted() { Self.collect(parameters[name]!, into: &paths) }
        for (condition, _) in conditions {
            for operand in condition.operands { paths += AttributePath.scan(operand).map(\.path) }
        }
        return paths
    }

    private static func collect(_ value: ParameterValue, into paths: inout [AttributePath]) {
        switch value {
        case .string(let text): paths += AttributePath.scan(text).map(\.path)
        case .list(let items): items.forEach { collect($0, into: &paths) }
        case .object(let members): members.keys.sorted().forEach { collect(members[$0]!, into: &paths) }
        case .number, .bool, .null, .reference: break
        }
    }

    /// The contact attributes the action sets on the current contact when it succeeds.
    var attributesSet: [String] {
        guard action == "UpdateContactAttributes", (string("TargetContact") ?? "Current") == "Current",
            case .object(let attributes)? = parameters["Attributes"]
        else { return [] }
        return attributes.keys.sorted()
    }
}
