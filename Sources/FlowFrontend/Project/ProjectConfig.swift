import FlowCore

/// The project file `flowc.yaml`: the project's name, where its flows live, the resources flows
/// refer to by name, the environments that bind those names to ARNs, and defaults.
public struct ProjectConfig: Sendable {
    public var name: String
    /// Directory of the flow files, relative to the project directory.
    public var flowsDirectory: String
    /// Where `flows:` is written, when it is.
    public var flowsLocation: SourceLocation?
    /// Where `flowc build` writes, relative to the project directory (`output:`, default
    /// `generated`).
    public var outputDirectory: String
    /// The environment built when none is named on the command line.
    public var defaultEnvironment: String?
    public var defaults: ProjectDefaults
    /// Declared resource names by kind, with where each is declared.
    public var resources: [ResourceKind: [String: SourceLocation]]
    /// The Lambda functions' declared contracts, by name.
    public var lambdas: [String: LambdaContract]
    /// Seconds each declared prompt plays, where `duration:` says.
    public var promptDurations: [String: Double]
    /// How queues and hours of operation are found or created when deployed with Terraform,
    /// where flowc.yaml says more than their description.
    public var deployments: [ResourceReference: ConnectResourceDeployment] = [:]
    /// Contact attributes set or read outside the project's flows, with where each is declared.
    public var externalAttributes: [String: SourceLocation]
    public var environments: [String: Environment]
    /// Where `environments:` is written, when it is.
    public var environmentsLocation: SourceLocation?
    /// The call-quality monitor's settings (`monitoring:`), when the project has a monitor.
    public var monitoring: MonitoringConfig?
    /// The contact attributes the data lake keeps as columns (`data_lake: attributes:`), with
    /// where each is listed; nil when the project has no data lake.
    public var dataLakeAttributes: [String: SourceLocation]?
    /// Rule severities chosen in `rules:`, in the order written.
    public var ruleSettings: [RuleSetting]
    /// Path of `flowc.yaml` as diagnostics show it.
    public var file: String

    /// What the analyses need to know of the project beyond its flows.
    public var declarations: ProjectDeclarations {
        ProjectDeclarations(lambdas: lambdas, promptDurations: promptDurations, externalAttributes: externalAttributes,
                            dataLakeAttributes: dataLakeAttributes ?? [:])
    }

    /// "it declares prod, sandbox" or "it declares no environments", for messages.
    public var environmentList: String {
        environments.isEmpty ? "it declares no environments" : "it declares " + environments.keys.sorted().joined(separator: ", ")
    }

    /// Whether a resource of this kind and name is declared.
    public func declares(_ kind: ResourceKind, _ name: String) -> Bool { resources[kind]?[name] != nil }
}

/// `monitoring:` in flowc.yaml: the CloudWatch namespace of the call-quality metrics and how
/// their anomaly alarms judge them.
public struct MonitoringConfig: Sendable, Equatable {
    public var namespace: String
    /// Seconds per data point and per alarm period.
    public var period = 300
    /// The anomaly band's width, in standard deviations (`ANOMALY_DETECTION_BAND(m1, width)`).
    public var bandWidth = 2.0
    /// Periods outside the band before an alarm.
    public var evaluationPeriods = 3

    public init(namespace: String) { self.namespace = namespace }
}

/// One entry of `rules:` in flowc.yaml: a rule id and `error`, `warning`, `note` or `off`.
public struct RuleSetting: Sendable {
    public var rule: String
    /// The severity, or nil for `off`.
    public var severity: Severity?
    /// Where the rule id is written.
    public var location: SourceLocation
}

/// Values used when a block does not say otherwise.
public struct ProjectDefaults: Sendable {
    /// The Polly voice set by `set_voice` blocks that name none.
    public var voice: String = "Joanna"
    public var voiceEngine: String?
    /// Seconds a caller has to answer a menu or input prompt.
    public var inputTimeout: Int = 5
    /// Seconds a synchronous Lambda call may take (Connect allows 1–8).
    public var lambdaTimeout: Int = 8
}

/// A named deployment target whose bindings turn symbolic names into ARNs or IDs.
public struct Environment: Sendable {
    public var name: String
    /// Where the environment is named under `environments:`.
    public var location: SourceLocation
    public var bindings: [ResourceReference: String]
    /// Where each binding is written, for diagnostics about it.
    public var bindingLocations: [ResourceReference: SourceLocation]
}

/// The rules for names of flows, modules and resources: lower-case words joined by hyphens.
enum NameRules {
    static let resourcePattern = "lower-case letters and digits in words joined by '-', starting with a letter"
    static let blockPattern = "letters, digits, '-' and '_', starting with a letter"
    static let attributePattern = "letters, digits, '-' and '_' (what Connect's API accepts in attribute keys)"
    /// The longest name Connect gives a flow or module.
    static let flowNameLimit = 127

    /// `billing`, `main-ivr`, `vip-2`.
    static func isResourceName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        let words = name.split(separator: "-", omittingEmptySubsequences: false)
        return words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// `greeting`, `main_menu`, `Retry-2`: safe as a Connect identifier as it stands.
    static func isBlockName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// A contact attribute key as Connect's API accepts it: letters, digits, `-` and `_`
    /// (reference §3, [UCA]).
    static func isAttributeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
