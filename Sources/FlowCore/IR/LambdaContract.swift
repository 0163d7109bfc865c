/// The declared contract of a Lambda function: what flows pass in and what it returns.
///
/// Declared in `flowc.yaml`; the frontend checks calls against the inputs, and the analyses
/// check every `$.External` read against the outputs of the function that ran last.
public struct LambdaContract: Sendable {
    /// One declared input or output.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var type: LambdaValueType
        public var isRequired: Bool
        /// What it means, as flowc.yaml describes it.
        public var description: String?
        /// Where the field is declared.
        public var location: SourceLocation

        public init(name: String, type: LambdaValueType, isRequired: Bool, description: String? = nil, location: SourceLocation) {
            self.name = name
            self.type = type
            self.isRequired = isRequired
            self.description = description
            self.location = location
        }
    }

    public var name: String
    public var description: String?
    /// Timeout in seconds for calls that do not set their own.
    public var timeout: Int?
    /// How Connect validates the response, when declared; calls then send `ResponseValidation`.
    public var response: LambdaResponseType?
    /// Where `response:` is written, or the function's name when it is not.
    public var responseLocation: SourceLocation
    public var inputs: [Field]
    public var outputs: [Field]
    /// Whether this project builds and deploys the function, or binds one that exists.
    public var deploy: LambdaDeployment = .managed
    /// Memory in MB for a managed function, when flowc.yaml says (128–10240).
    public var memory: Int?
    /// Environment variables a managed function needs, whose values each deployment supplies.
    public var settings: [LambdaSetting] = []
    /// The AWS resources a managed function uses, and the actions it takes on them.
    public var uses: [ResourceUse] = []
    /// Where the function is declared.
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
        self.responseLocation = location
        self.inputs = []
        self.outputs = []
    }

    /// The output with this name.
    public func output(_ name: String) -> Field? { outputs.first { $0.name == name } }
}

/// Who owns a Lambda function: this project (`managed`: flowc generates its Swift contract and
/// the package implements it) or someone else (`existing`: another team's function, in any
/// language, bound by ARN per environment).
public enum LambdaDeployment: String, Sendable, Hashable, CaseIterable {
    case managed, existing
}

/// The types a Lambda input or output can be declared with.
public enum LambdaValueType: String, Sendable, Hashable, CaseIterable {
    case string, number, boolean, object, array

    /// Whether the value nests (and so needs a JSON response).
    public var isNested: Bool { self == .object || self == .array }
}

/// Connect's `ResponseValidation.ResponseType` (reference §8.2, [LAM]): a flat map of strings, or
/// any JSON.
public enum LambdaResponseType: String, Sendable, Hashable {
    case stringMap = "STRING_MAP"
    case json = "JSON"

    /// How flowc.yaml writes it.
    public var keyword: String { self == .json ? "json" : "string_map" }
}
