import FlowCore

/// Reads `flowc.yaml` into a `ProjectConfig`.
struct ProjectReader {
    let file: String
    let sink: ScopedSink

    static let topLevelKeys = ["project", "flows", "output", "default_environment", "defaults", "environments", "rules",
                               "external_attributes", "monitoring", "data_lake"]
        + ResourceKind.declaredInProject.map(\.section) + Self.externalSections.keys.sorted()

    /// Where a build writes when flowc.yaml does not say: beside it.
    static let defaultOutput = "generated"

    /// Flows and modules the project refers to but does not define (owned elsewhere); bound to
    /// ARNs in environments like the project's own.
    static let externalSections: [String: ResourceKind] = ["external_flows": .flow, "external_modules": .module]

    func read(_ root: YAMLNode) -> ProjectConfig? {
        guard let mapping = sink.mapping(root, for: "flowc.yaml") else { return nil }
        let reader = MappingReader(mapping, subject: "flowc.yaml", sink: sink)
        reader.finish(known: Self.topLevelKeys)
        let name = reader.requiredString("project", "the project's name")?.value ?? "unnamed"
        let flows = reader.string("flows")
        var config = ProjectConfig(
            name: name, flowsDirectory: readFlows(flows), flowsLocation: flows?.location,
            outputDirectory: readOutput(reader.string("output")),
            defaultEnvironment: nil, defaults: readDefaults(reader.mapping("defaults")),
            resources: [:], lambdas: [:], promptDurations: [:],
            externalAttributes: readExternalAttributes(reader.mapping("external_attributes")), environments: [:],
            ruleSettings: readRules(reader.mapping("rules")), file: file)
        for kind in ResourceKind.declaredInProject {
            config.resources[kind] = readNames(reader.node(kind.section), kind: kind, config: &config)
        }
        for (section, kind) in Self.externalSections {
            config.resources[kind] = readNames(reader.node(section), kind: kind, config: &config)
        }
        config.monitoring = readMonitoring(reader.mapping("monitoring"), project: name)
        config.dataLakeAttributes = readDataLake(reader.mapping("data_lake"))
        checkCreatedQueues(config)
        if let lambdas = reader.mapping(ResourceKind.lambda.section) {
            for (key, value) in lambdas.entries { config.lambdas[key.text] = LambdaReader(sink: sink).read(Located(key.text, at: key.location), value) }
        }
        config.environments = readEnvironments(reader.mapping("environments"), config: config)
        config.environmentsLocation = reader.keyLocation("environments")
        if let environment = reader.string("default_environment") {
            if config.environments[environment.value] == nil {
                sink.report(.unknownEnvironment,
                            "default environment '\(environment.value)' is not under 'environments' (\(config.environmentList))"
                                + Suggestion.hint(for: environment.value, in: config.environments.keys),
                            at: environment.location)
            } else {
                config.defaultEnvironment = environment.value
            }
        }
        return config
    }

    /// `output: ../generated`: a folder relative to flowc.yaml (`--out` names any other).
    /// The flows' folder: inside the project, which is all `flowc` reads.
    private func readFlows(_ flows: Located<String>?) -> String {
        guard let flows else { return "." }
        let path = flows.value.trimmingCharacters(in: .whitespaces)
        let escapes = path.split(separator: "/").contains("..")
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~"), !escapes else {
            sink.report(.invalidValue, "'flows' must be a folder inside the project, relative to flowc.yaml (such as flows); "
                            + "'\(flows.value)' is not, and flowc reads nothing outside the project", at: flows.location)
            return "."
        }
        return path
    }

    private func readOutput(_ output: Located<String>?) -> String {
        guard let output else { return Self.defaultOutput }
        let path = output.value.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~") else {
            sink.report(.invalidValue, "'output' must be a folder relative to flowc.yaml, such as generated or ../generated; "
                            + "use `flowc build --out` for any other place", at: output.location)
            return Self.defaultOutput
        }
        return path
    }

    /// `rules: { silent_failure: error, unreachable_block: off }`; rule ids are checked by the
    /// compiler, which knows the rule registry.
    private func readRules(_ mapping: YAMLMapping?) -> [RuleSetting] {
        let levels = Severity.allCases.map(\.rawValue) + ["off"]
        return (mapping?.entries ?? []).compactMap { key, value in
            guard let level = sink.choice(value, for: key.text, from: levels) else { return nil }
            return RuleSetting(rule: key.text, severity: Severity(rawValue: level.value), location: key.location)
        }
    }

    private func readDefaults(_ mapping: YAMLMapping?) -> ProjectDefaults {
        var defaults = ProjectDefaults()
        guard let mapping else { return defaults }
        let reader = MappingReader(mapping, subject: "'defaults'", sink: sink)
        reader.finish(known: ["voice", "voice_engine", "input_timeout", "lambda_timeout"])
        if let voice = reader.string("voice") { defaults.voice = voice.value }
        if let engine = reader.node("voice_engine").flatMap({ sink.choice($0, for: "voice_engine", from: VoiceSettings.engines) }) {
            defaults.voiceEngine = engine.value
        }
        if let timeout = reader.int("input_timeout", in: 1...179) { defaults.inputTimeout = timeout.value }
        if let timeout = reader.int("lambda_timeout", in: 1...8) { defaults.lambdaTimeout = timeout.value }
        return defaults
    }

    /// The names declared in one resource section. Each entry's value is a description (a
    /// string) or, for Lambda functions, a contract read separately.
    private func readNames(_ node: YAMLNode?, kind: ResourceKind, config: inout ProjectConfig) -> [String: SourceLocation] {
        guard let node, let mapping = sink.mapping(node, for: kind.section) else { return [:] }
        var names: [String: SourceLocation] = [:]
        for (key, value) in mapping.entries {
            if !NameRules.isResourceName(key.text) {
                sink.report(.invalidName, "\(kind.noun) name '\(key.text)' must be \(NameRules.resourcePattern)",
                            at: key.location)
            }
            if kind == .queue && key.text == TransferToQueueForm.workingQueue {
                sink.report(.invalidName, "'\(key.text)' is reserved: it names the working queue set by set_queue",
                            at: key.location)
            }
            if kind != .lambda { readResourceBody(value, kind: kind, name: key.text, config: &config) }
            names[key.text] = key.location
        }
        return names
    }

    /// Checks a resource's body: a description, or a mapping with `description` — for a prompt
    /// also `duration` (the seconds it plays), for a queue, hours or prompt `name` (its name in
    /// Connect), for a queue or hours `create` (made by the Terraform module).
    private func readResourceBody(_ value: YAMLNode, kind: ResourceKind, name: String, config: inout ProjectConfig) {
        switch value {
        case .scalar:
            return  // a description, or nothing
        case .mapping(let body):
            let reader = MappingReader(body, subject: "\(kind.noun) '\(name)'", sink: sink)
            let keys: [String] = switch kind {
            case .prompt: ["description", "duration", "name"]
            case .queue, .hours: ["description", "name", "create"]
            default: ["description"]
            }
            reader.finish(known: keys)
            if kind == .prompt, let duration = reader.seconds("duration") { config.promptDurations[name] = duration }
            var deployment = ConnectResourceDeployment(connectName: reader.string("name")?.value)
            if let create = reader.mapping("create") {
                deployment.creation = kind == .queue ? queueCreation(create, name: name) : hoursCreation(create, name: name)
            }
            if deployment != ConnectResourceDeployment() { config.deployments[ResourceReference(kind, name)] = deployment }
        case .sequence:
            sink.report(.wrongType, "\(kind.noun) '\(name)' must be a description or a mapping, found a list",
                        at: value.location)
        }
    }

    /// `external_attributes: { campaignId: set by the outbound campaign }`: contact attributes
    /// that something other than the project's flows sets or reads.
    private func readExternalAttributes(_ mapping: YAMLMapping?) -> [String: SourceLocation] {
        var attributes: [String: SourceLocation] = [:]
        for (key, value) in mapping?.entries ?? [] {
            if !NameRules.isAttributeName(key.text) {
                sink.report(.invalidName, "attribute name '\(key.text)' must be \(NameRules.attributePattern)", at: key.location)
            }
            if case .mapping(let body) = value {
                MappingReader(body, subject: "attribute '\(key.text)'", sink: sink).finish(known: ["description"])
            }
            attributes[key.text] = key.location
        }
        return attributes
    }
}
