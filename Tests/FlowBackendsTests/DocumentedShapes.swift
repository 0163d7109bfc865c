/// Shapes flowc emits that the corpus does not show, each allowed by an AWS page: the one table
/// of exceptions to `ConnectShapeTests`. Pages are `https://docs.aws.amazon.com/connect/latest/APIReference/<slug>.html`.
enum DocumentedShapes {
    struct Allowed {
        var parameters: Set<String>
        var errors: Set<String>
        /// The page that documents them.
        var source: String
    }

    /// Parameters and error types an action may have beyond those seen in the corpus.
    static let allowed: [String: Allowed] = [
        // No real export in the corpus transfers to an agent (agent and queue transfer flows are
        // rare in public repositories); the action takes no parameters and raises no errors.
        "TransferContactToAgent": Allowed(parameters: [], errors: [], source: "contact-actions-transfercontacttoagent"),
    ]

    /// Parameters and error types every real instance carries that an emitted action may leave out.
    static let notAlwaysCarried: [String: Set<String>] = [:]
}
