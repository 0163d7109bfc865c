import FlowCore

/// `lambda:` calls a Lambda function declared in flowc.yaml (InvokeLambdaFunction); its
/// response is then under `$.External`.
///
///     lookup:
///       lambda:
///         function: customer-lookup
///         inputs: { phone: $.CustomerEndpoint.Address }
///         retries: 2                 # call again up to twice when it fails…
///         fallback: ask-account      # …then go here
///       next: greet-customer
///
/// `lambda: customer-lookup` is short for a call without inputs. The timeout comes from the
/// block, else the function's declaration, else the project default.
struct LambdaForm: BlockForm {
    static let keyword = "lambda"
    static let keys = ["function", "inputs", "timeout", "async", "retries", "fallback"]

    let function: Located<String>
    let inputs: [(Located<String>, RawParameter)]
    let inputsLocation: SourceLocation?
    let timeout: Int?
    let isAsync: Bool
    let retries: Int?
    let fallback: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        if case .scalar = value {
            guard let function = sink.string(value, for: Self.keyword) else { return nil }
            (self.function, inputs, inputsLocation, timeout, isAsync, retries, fallback) = (function, [], nil, nil, false, nil, nil)
            return
        }
        guard let reader = context.reader(value, for: Self.keyword, known: Self.keys) else { return nil }
        guard let function = reader.requiredString("function", "a Lambda function declared in flowc.yaml") else { return nil }
        self.function = function
        let inputMapping = reader.mapping("inputs")
        inputs = inputMapping.map { RawParameter.members(of: $0, sink: sink) } ?? []
        inputsLocation = inputMapping?.location
        timeout = reader.int("timeout", in: 1...8)?.value
        isAsync = reader.bool("async")?.value ?? false
        retries = reader.int("retries", in: Retries.range)?.value
        fallback = reader.string("fallback")
        if reader.has("retries") && !reader.has("fallback") {
            sink.report(.missingKey, "'retries' needs a 'fallback': where the caller goes when every call failed",
                        at: reader.keyLocation("retries")!)
        } else if let location = reader.keyLocation("fallback"), !reader.has("retries") {
            sink.report(.invalidValue, "'fallback' only applies with 'retries'; use on_error", at: location)
        }
    }

    var entryAction: String { "InvokeLambdaFunction" }
}
