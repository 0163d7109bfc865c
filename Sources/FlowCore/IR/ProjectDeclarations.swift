/// What a project's `flowc.yaml` declares that the analyses need beyond the flow graphs: the
/// Lambda functions' contracts, how long declared audio prompts play, and the contact
/// attributes that systems outside the project's flows set or read.
///
/// Empty for a lone Connect JSON file, whose analyses then use only what the flow itself says.
public struct ProjectDeclarations: Sendable {
    /// Lambda contracts by the name flows call them by.
    public var lambdas: [String: LambdaContract]
    /// Seconds each declared prompt plays, for prompts that state a `duration`.
    public var promptDurations: [String: Double]
    /// Contact attributes set or read outside the project's flows (by the API that starts the
    /// contact, a chat widget, an agent application, the data pipeline), by name, with where each
    /// is declared.
    public var externalAttributes: [String: SourceLocation]
    /// Contact attributes the data lake keeps as columns of its contact-record table
    /// (`data_lake: attributes:`), by name, with where each is listed.
    public var dataLakeAttributes: [String: SourceLocation]

    public init(
        lambdas: [String: LambdaContract] = [:], promptDurations: [String: Double] = [:],
        externalAttributes: [String: SourceLocation] = [:], dataLakeAttributes: [String: SourceLocation] = [:]
    ) {
        self.lambdas = lambdas
        self.promptDurations = promptDurations
        self.externalAttributes = externalAttributes
        self.dataLakeAttributes = dataLakeAttributes
    }
}
