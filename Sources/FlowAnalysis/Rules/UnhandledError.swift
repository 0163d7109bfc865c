import FlowCore

/// `unhandled_error`: an error the action can raise has no branch and no `NoMatchingError`
/// catch-all, or a branching action has no branch for "no condition held".
///
/// The raisable errors come from the catalogue, narrowed by the action's parameters (a
/// phone-number error only where phone numbers are validated, and so on). Errors an action page
/// says must always be defined (`ActionSpec.requiredErrors`) need their own branch even when
/// NoMatchingError catches the rest. Cost: O(outcomes).
struct UnhandledError: FlowRule {
    let info = RuleInfo(
        DiagnosticKind(id: "unhandled_error", defaultSeverity: .error,
                       summary: "an error the action can raise, or a result no condition matches, has no branch"),
        rationale: """
            Lambdas time out, queues fill up, prompts fail to play. When the action has no branch \
            for what happened, Connect has nowhere to send the caller and the call drops. The \
            NoMatchingError branch catches every error; branching actions also need the branch \
            for a result none of their conditions match.
            """,
        examples: [
            .triggering("a Lambda call without an error branch, a comparison without a default", """
                flow: fragile
                blocks:
                  lookup:
                # ^ unhandled_error
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: route
                  route:
                # ^ unhandled_error
                    action:
                      type: Compare
                      parameters: { ComparisonValue: $.External.id }
                      conditions: { "== 42": bye }
                  bye:
                    disconnect:
                """),
            .triggering("a flow with no on_error whose blocks cannot fail anywhere: one finding, one fix", """
                flow: careless
                #     ^ unhandled_error
                blocks:
                  hello:
                    play: Hello
                    next: lookup
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: bye
                  bye:
                    disconnect:
                """),
            .clean("every error and every result has somewhere to go", """
                flow: sturdy
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: route
                    on_error: bye
                  route:
                    branch: { value: $.External.id, cases: { "== 42": bye }, otherwise: bye }
                  bye:
                    disconnect:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        var findings: [Finding] = []
        var uncaught: [(block: Block, errors: [String])] = []
        for block in flow.blocks {
            let handled = block.handledErrors
            var missing: [String] = []
            if !handled.contains("NoMatchingError") {
                let errors = block.raisableErrors.filter { !handled.contains($0) }
                if !errors.isEmpty { uncaught.append((block, errors)) }
            } else {
                missing += (block.spec?.requiredErrors ?? []).filter { !handled.contains($0) }
            }
            if block.needsNoMatchBranch && !handled.contains("NoMatchingCondition") {
                missing.append("NoMatchingCondition")
            }
            if !missing.isEmpty {
                findings.append(Finding("\(block.action) '\(block.id)' has no branch for \(missing.joined(separator: ", "))",
                                        about: block, in: flow))
            }
        }
        return findings + errorBranchFindings(uncaught, in: flow)
    }

    /// One finding per block without an error branch; but in a flowc flow with no `on_error` of
    /// its own, one finding for all of them, at the flow, since one line fixes them all.
    private func errorBranchFindings(_ uncaught: [(block: Block, errors: [String])], in flow: FlowGraph) -> [Finding] {
        let perBlock = uncaught.map { block, errors in
            Finding("\(block.action) '\(block.id)' has no branch for \(errors.joined(separator: ", "))", about: block, in: flow)
        }
        let blocks = uncaught.filter { entry in !entry.block.suppressions.contains { $0.rule == info.id } }
        guard flow.format == .flowLanguage, flow.errorHandler == nil, blocks.count > 1 else { return perBlock }
        let notes = blocks.map { block, errors in
            Diagnostic.Note("'\(block.id)' (\(block.action)) has no branch for \(errors.joined(separator: ", "))", at: block.location)
        }
        return [Finding("\(blocks.count) blocks of \(flow.name) have nowhere to go when they fail: add `on_error: BLOCK` to the flow "
                            + "(it covers every block that can fail), or `on_error` to each of them",
                        at: flow.location, flow: flow.name, notes: notes)]
    }
}
