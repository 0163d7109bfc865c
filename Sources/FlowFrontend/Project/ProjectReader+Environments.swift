import FlowCore

extension ProjectReader {
    /// Reads `environments:`; each environment maps resource sections to name → ARN or ID.
    ///
    ///     environments:
    ///       prod:
    ///         queues: { billing: arn:aws:connect:… }
    ///         flows: { main-ivr: arn:aws:connect:… }
    ///
    /// Names of resources are checked here; names of flows and modules once the flows are read.
    func readEnvironments(_ mapping: YAMLMapping?, config: ProjectConfig) -> [String: Environment] {
        guard let mapping else { return [:] }
        var environments: [String: Environment] = [:]
        for (key, value) in mapping.entries {
            guard NameRules.isResourceName(key.text) else {  // it names a folder of the build's output, too
                sink.report(.invalidName, "environment name '\(key.text)' must be \(NameRules.resourcePattern)", at: key.location)
                continue
            }
            guard let body = sink.mapping(value, for: key.text) else { continue }
            environments[key.text] = readEnvironment(key.text, body, at: key.location, config: config)
        }
        return environments
    }

    private func readEnvironment(_ name: String, _ body: YAMLMapping, at location: SourceLocation, config: ProjectConfig)
        -> Environment
    {
        var environment = Environment(name: name, location: location, bindings: [:], bindingLocations: [:])
        let reader = MappingReader(body, subject: "environment '\(name)'", sink: sink)
        reader.finish(known: ResourceKind.allCases.map(\.section))
        for kind in ResourceKind.allCases {
            guard let section = reader.mapping(kind.section) else { continue }
            for (key, value) in section.entries {
                guard let binding = sink.string(value, for: key.text) else { continue }
                let isProjectResource = ResourceKind.declaredInProject.contains(kind)  // flows are checked later
                if isProjectResource && !config.declares(kind, key.text) {
                    let declared = config.resources[kind]?.keys.sorted() ?? []
                    sink.report(.unknownReference,
                                "environment '\(name)' binds \(kind.noun) '\(key.text)', which is not declared"
                                    + " under '\(kind.section)'" + Suggestion.hint(for: key.text, in: declared),
                                at: key.location)
                    continue
                }
                let reference = ResourceReference(kind, key.text)
                environment.bindings[reference] = binding.value
                environment.bindingLocations[reference] = key.location
            }
        }
        return environment
    }
}
