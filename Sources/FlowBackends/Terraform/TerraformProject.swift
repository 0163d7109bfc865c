import FlowCore

/// What the Terraform emitter knows of a project: its flows, its Lambda functions, the
/// resources flows refer to and how each is found or made, and the environments' bindings.
public struct TerraformProject: Sendable {
    public var name: String
    public var flows: [FlowGraph]
    public var lambdas: [String: LambdaContract]
    /// Declared names by kind; flows and modules named here are owned elsewhere.
    public var resources: [ResourceKind: [String]]
    public var deployments: [ResourceReference: ConnectResourceDeployment]
    /// Each environment's ARNs, by reference.
    public var environments: [String: [ResourceReference: String]]
    /// For each Lambda function, the longest any flow waits for it.
    public var lambdaTimeouts: [String: Int]

    public init(name: String, flows: [FlowGraph], lambdas: [String: LambdaContract], resources: [ResourceKind: [String]],
                deployments: [ResourceReference: ConnectResourceDeployment], environments: [String: [ResourceReference: String]],
                lambdaTimeouts: [String: Int]) {
        self.name = name
        self.flows = flows
        self.lambdas = lambdas
        self.resources = resources
        self.deployments = deployments
        self.environments = environments
        self.lambdaTimeouts = lambdaTimeouts
    }

    var projectFlows: [FlowGraph] { flows.filter { $0.kind != .module && $0.format == .flowLanguage } }
    var projectModules: [FlowGraph] { flows.filter { $0.kind == .module && $0.format == .flowLanguage } }
    var managedLambdas: [LambdaContract] { lambdas.values.filter { $0.deploy == .managed }.sorted { $0.name < $1.name } }
    var existingLambdas: [LambdaContract] { lambdas.values.filter { $0.deploy == .existing }.sorted { $0.name < $1.name } }

    /// Names of a kind that flows can refer to, sorted: flows and modules of the project are not
    /// in `resources`, so `.flow` and `.module` here are the external ones.
    func declared(_ kind: ResourceKind) -> [String] { (resources[kind] ?? []).sorted() }

    /// Queues or hours the module creates, and those it looks up by name.
    func created(_ kind: ResourceKind) -> [String] { declared(kind).filter { deployments[ResourceReference(kind, $0)]?.creation != nil } }
    func lookedUp(_ kind: ResourceKind) -> [String] { declared(kind).filter { deployments[ResourceReference(kind, $0)]?.creation == nil } }

    /// The name a queue, hours or prompt has in the Connect instance.
    func connectName(_ kind: ResourceKind, _ name: String) -> String {
        deployments[ResourceReference(kind, name)]?.connectName ?? name
    }

    /// Every reference a flow makes, each once, sorted.
    func references(of flow: FlowGraph) -> [ResourceReference] {
        Array(Set(flow.blocks.flatMap { $0.parameters.values.flatMap(\.references) })).sorted()
    }

    /// Whether a flow or module reference is to one of the project's own.
    func isProjectFlow(_ reference: ResourceReference) -> Bool {
        (reference.kind == .flow || reference.kind == .module) && flows.contains { $0.name == reference.name }
    }

    /// The Terraform expression for a reference's ARN.
    func expression(_ reference: ResourceReference) -> String {
        let id = HCL.identifier(reference.name), key = HCL.string(reference.name)
        switch reference.kind {
        case .queue: return "local.queue_arns[\(key)]"
        case .hours: return "local.hours_arns[\(key)]"
        case .prompt: return "local.prompt_arns[\(key)]"
        case .lexBot: return "var.lex_bot_alias_arns[\(key)]"
        case .lambda:
            return lambdas[reference.name]?.deploy == .existing ? "var.existing_lambda_arns[\(key)]" : "aws_lambda_function.\(id).arn"
        case .flow: return isProjectFlow(reference) ? "aws_connect_contact_flow.\(id).arn" : "var.external_flow_arns[\(key)]"
        case .module: return isProjectFlow(reference) ? "aws_connect_contact_flow_module.\(id).arn" : "var.external_module_arns[\(key)]"
        }
    }
}
