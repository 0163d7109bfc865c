import FlowCore

/// `lambda_timeout_range`: a synchronous Lambda call whose timeout is outside 1–8 seconds, or
/// not a static number.
///
/// Cost: O(blocks).
struct LambdaTimeoutRange: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "lambda_timeout_range", defaultSeverity: .error,
                       summary: "a synchronous Lambda timeout outside 1–8 seconds"),
        rationale: """
            Connect waits at most 8 seconds for a synchronous Lambda function, and the timeout \
            must be a static whole number. A longer timeout is rejected on publish; callers \
            would hear silence for that long anyway, so slow work belongs in an asynchronous call.
            """,
        examples: [
            .triggering("a twelve-second lookup written with the generic form", """
                flow: slow
                blocks:
                  lookup:
                # ^ lambda_timeout_range
                    action:
                      type: InvokeLambdaFunction
                      parameters: { LambdaFunctionARN: !lambda lookup, InvocationTimeLimitSeconds: "12" }
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .clean("the friendly form keeps timeouts in range", """
                flow: quick
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, timeout: 3 }
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        flow.blocks.compactMap { block in
            guard block.action == "InvokeLambdaFunction", block.string("InvocationType")?.uppercased() != "ASYNCHRONOUS",
                let value = block.string("InvocationTimeLimitSeconds")
            else { return nil }
            if let seconds = Int(value), ConnectLimits.lambdaTimeout.contains(seconds) { return nil }
            let bounds = ConnectLimits.lambdaTimeout
            return Finding("Lambda timeout '\(value)' in '\(block.id)' must be a whole number of seconds from \(bounds.lowerBound) to \(bounds.upperBound)",
                           about: block, in: flow)
        }
    }
}
