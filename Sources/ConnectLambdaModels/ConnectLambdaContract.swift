/// A Lambda function's contract, as flowc generates it from flowc.yaml into `generated/swift`:
/// the function's name, what flows pass it, what it answers.
public protocol ConnectLambdaContract {
    associatedtype Input: ContractInput
    associatedtype Output: ContractOutput
    /// The function's name in flowc.yaml; the runtime's `_HANDLER` selects a handler by it.
    static var name: String { get }
    /// The longest any flow waits for the function (its `InvocationTimeLimitSeconds`): past it,
    /// Connect has taken the block's error branch, so nothing the function does still counts.
    static var connectTimeout: Duration? { get }
}

extension ConnectLambdaContract {
    public static var connectTimeout: Duration? { nil }
}

/// A contract's inputs, read from the flow's parameters.
public protocol ContractInput: Sendable {
    init(parameters: ConnectParameters) throws(ContractError)
}

/// A contract's outputs, as Connect receives them.
public protocol ContractOutput: Sendable {
    var response: ConnectResponse { get }
}

/// One function's handler with its contract's types erased, so that one binary can serve
/// several functions: decodes the parameters, runs the handler, encodes the answer.
public struct AnyConnectHandler: Sendable {
    /// The function's name in flowc.yaml.
    public let name: String
    /// How long Connect waits for the function, when the contract says.
    public let connectTimeout: Duration?
    private let body: @Sendable (ContactFlowEvent, InvocationContext) async throws -> ConnectResponse

    public init<Contract: ConnectLambdaContract>(
        _ contract: Contract.Type,
        _ handle: @escaping @Sendable (Contract.Input, InvocationContext) async throws -> Contract.Output
    ) {
        name = Contract.name
        connectTimeout = Contract.connectTimeout
        body = { event, context in
            let input = try Contract.Input(parameters: event.details.parameters)
            return try await handle(input, context).response
        }
    }

    /// The handler's answer to the event; throws what the handler throws, or `ContractError`
    /// when the parameters do not meet the contract.
    public func handle(_ event: ContactFlowEvent, context: InvocationContext) async throws -> ConnectResponse {
        try await body(event, context)
    }
}
