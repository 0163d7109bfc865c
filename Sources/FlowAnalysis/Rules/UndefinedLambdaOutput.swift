import FlowCore

/// `undefined_lambda_output`: a `$.External.X` read where X is not what the Lambda function that
/// ran last returned, on some path: no Lambda ran (a module starts with none of its caller's),
/// the last call failed or was asynchronous, or the function does not declare output X.
///
/// Each synchronous call replaces `$.External` on its success branch ([LAM]); on its error
/// branches no answer arrived; an asynchronous call's answer never reaches it. A module's
/// Lambda answers stay in the module, leaving the caller's as they were (contact-flow-modules
/// page: "Modules do not allow overriding flow local data of the invoking flow"). Works on
/// Connect JSON too, without the output check (its functions have no declared contract). Cost: one pass over the reads, after the project's
/// data flow (`ProjectDataFlow`).
struct UndefinedLambdaOutput: Rule {
    let info = RuleInfo(
        DiagnosticKind(id: "undefined_lambda_output", defaultSeverity: .error,
                       summary: "a $.External value read where the last Lambda function did not return it"),
        rationale: """
            $.External holds only the answer of the Lambda function that ran last. A misspelt \
            output ($.External.vaild), a read after a call that failed, or a read in a module of \
            its caller's answer is an empty value: every caller goes down the branch for "no", silently. flowc \
            follows every path to the read and checks it against the outputs the function declares \
            in flowc.yaml.
            """,
        examples: [
            .triggering("a misspelt output", """
                flow: typo
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: known
                    on_error: bye
                  known:
                    branch: { value: $.External.idd, cases: { "== 0": bye }, otherwise: bye }
                #                    ^ undefined_lambda_output
                  bye:
                    disconnect:
                """),
            .triggering("a read on the error branch of the call", """
                flow: failed
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: hello
                    on_error: hello
                  hello:
                    play: "Your id is $.External.id."
                #                     ^ undefined_lambda_output
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
            .clean("a declared output read on the call's success branch", """
                flow: fine
                blocks:
                  lookup:
                    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address } }
                    next: hello
                    on_error: bye
                  hello:
                    play: "Your id is $.External.id."
                    next: bye
                    on_error: bye
                  bye:
                    disconnect:
                """),
        ])

    func check(_ context: AnalysisContext) -> [Finding] {
        let names = context.dataFlow.names
        return context.dataFlow.reads(in: "External").flatMap { read, state, start -> [Finding] in
            guard let output = read.path.key else { return [] }
            return ProjectDataFlow.lambdas(state, from: start).members.compactMap { index in
                problem(names.sources[index], output: output, read: read, lambdas: context.declarations.lambdas)
            }
        }
    }

    private func problem(_ source: ExternalSource, output: String, read: PathRead, lambdas: [String: LambdaContract]) -> Finding? {
        let path = "'\(read.path.text)'"
        let message: String
        var notes: [Diagnostic.Note] = []
        switch source {
        case .noLambda: message = "\(path) is read where no Lambda function has run on some path (in this flow or one that transfers to it); $.External is empty until one returns"
        case .failedCall: message = "\(path) is read on the error branch of a Lambda call: no answer arrived, so $.External holds nothing"
        case .asynchronousCall: message = "\(path) is read after an asynchronous Lambda call, whose answer never reaches $.External"
        case .caller: return nil  // resolved by ProjectDataFlow.lambdas
        case .function(let name):
            guard let contract = lambdas[name], contract.output(output) == nil else { return nil }
            let declared = contract.outputs.map(\.name)
            message = "Lambda function '\(name)' declares no output '\(output)'"
                + (declared.isEmpty ? "; it declares no outputs" : Suggestion.hint(for: output, in: declared)
                    + " (it declares \(declared.joined(separator: ", ")))")
            notes.append(Diagnostic.Note("'\(name)' is declared here", at: contract.location))
        }
        return Finding(message, at: read.location, flow: read.flow, block: read.block.origin, notes: notes)
    }
}
