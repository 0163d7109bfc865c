import FlowCore

/// `lambda_output_type`: a Lambda function's declared output types, its `response:` mode and
/// the flows' uses of its outputs disagree.
///
/// STRING_MAP takes "a flat object of key/value pairs of the string type"; JSON "any valid
/// JSON, including nested JSON" (slug interactions-invokelambdafunction, [LAMB]). So a nested
/// output needs `response: json`; under STRING_MAP a boolean or number arrives as text (the
/// flows then compare with "true" or "12"), and with no `response:` at all flowc emits no
/// ResponseValidation, whose default no AWS page states. A comparison must fit the output's
/// type: a boolean is `true` or `false`, a number is compared as a number, and only an object
/// has fields to read. An error, but a warning where the outcome depends on what AWS does not
/// state (no response mode; a number compared as text). Cost: the contracts, then one pass over
/// the `$.External` reads.
struct LambdaOutputType: Rule {
    let info = RuleInfo(
        DiagnosticKind(id: "lambda_output_type", defaultSeverity: .error,
                       summary: "a Lambda output's declared type, the response mode and the conditions on it disagree"),
        rationale: """
            A Lambda that returns a JSON true under STRING_MAP validation fails every call; a \
            flow that compares a boolean with "yes" never matches; a nested field read from a flat \
            map is empty. Each sends every caller down the same wrong branch, and none of it shows \
            until a real call. The contract in flowc.yaml says what the function returns and how \
            Connect validates it; flowc holds the flows to it.
            """,
        examples: [
            .project("a boolean compared with a word", triggers: true, project: Self.holidayProject, flow: """
                flow: holidays
                blocks:
                  check:
                    lambda: holiday
                    next: closed
                    on_error: bye
                  closed:
                    branch: { value: $.External.isHoliday, cases: { "yes": bye }, otherwise: bye }
                #                                                   ^ lambda_output_type
                  bye:
                    disconnect:
                """),
            .project("a boolean with no response mode", triggers: true, project: """
                project: examples
                lambdas:
                  holiday:
                # ^ lambda_output_type
                    outputs: { isHoliday: boolean }
                """, flow: Self.holidayFlow),
            .project("a string-map boolean compared with true", triggers: false, project: Self.holidayProject, flow: Self.holidayFlow),
        ])

    private static let holidayProject = """
        project: examples
        lambdas:
          holiday:
            response: string_map
            outputs: { isHoliday: boolean }
        """

    private static let holidayFlow = """
        flow: holidays
        blocks:
          check:
            lambda: holiday
            next: closed
            on_error: bye
          closed:
            branch: { value: $.External.isHoliday, cases: { "true": bye }, otherwise: bye }
          bye:
            disconnect:
        """

    func check(_ context: AnalysisContext) -> [Finding] {
        let lambdas = context.declarations.lambdas
        return lambdas.keys.sorted().flatMap { contractProblems(lambdas[$0]!) } + useProblems(context)
    }

    private func contractProblems(_ contract: LambdaContract) -> [Finding] {
        var findings: [Finding] = []
        for output in contract.outputs where output.type.isNested && contract.response != .json {
            findings.append(Finding("output '\(output.name)' of '\(contract.name)' is an \(output.type.rawValue), "
                                        + "which only a JSON response carries; declare response: json",
                                    at: output.location, flow: nil))
        }
        let typed = contract.outputs.filter { $0.type == .boolean || $0.type == .number }
        if contract.response == nil, let first = typed.first {
            findings.append(Finding("'\(contract.name)' returns \(typed.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ")) "
                                        + "but declares no response mode; declare response: string_map (they arrive as text) or json",
                                    at: contract.location, flow: nil,
                                    notes: [Diagnostic.Note("'\(first.name)' is declared here", at: first.location)], demotion: 1))
        }
        return findings
    }

    /// Nested reads of flat outputs, and comparisons that do not fit the output's type.
    private func useProblems(_ context: AnalysisContext) -> [Finding] {
        let dataFlow = context.dataFlow
        return dataFlow.reads(in: "External").flatMap { read, state, start -> [Finding] in
            guard let name = read.path.key else { return [] }
            let outputs = ProjectDataFlow.lambdas(state, from: start).members.compactMap { index -> (LambdaContract, LambdaContract.Field)? in
                guard case .function(let function) = dataFlow.names.sources[index], let contract = context.declarations.lambdas[function],
                    let output = contract.output(name)
                else { return nil }
                return (contract, output)
            }
            return outputs.flatMap { contract, output in problems(read, contract: contract, output: output) }
        }
    }

    private func problems(_ read: PathRead, contract: LambdaContract, output: LambdaContract.Field) -> [Finding] {
        if read.path.keys.count > 1 && (!output.type.isNested || contract.response != .json) {
            return [Finding("'\(read.path.text)' reads inside '\(output.name)', but '\(contract.name)' returns it as a flat "
                                + "\(output.type.rawValue)\(contract.response == .json ? "" : " (only a JSON response nests)")",
                            at: read.location, flow: read.flow, block: read.block.origin)]
        }
        guard read.block.action == "Compare", read.block.string("ComparisonValue") == read.path.text else { return [] }
        return read.block.conditions.compactMap { condition, outcome in
            guard let problem = mismatch(condition, output) else { return nil }
            return Finding("'\(output.name)' of '\(contract.name)' is a \(output.type.rawValue): \(problem)",
                           at: outcome.location ?? read.location, flow: read.flow, block: read.block.origin,
                           demotion: output.type == .number ? 1 : 0)
        }
    }

    private func mismatch(_ condition: Condition, _ output: LambdaContract.Field) -> String? {
        let operand = condition.operands.first ?? ""
        switch output.type {
        case .boolean where condition.comparison != .equals || !["true", "false"].contains(operand):
            return "compare it with true or false, not '\(condition.description)'"
        case .number where !condition.comparison.isNumeric && Double(operand) == nil:
            return "'\(condition.description)' compares it as text; compare it with a number"
        case .object, .array:
            return "compare one of its fields ($.External.\(output.name).FIELD), not the whole value"
        default:
            return nil
        }
    }
}
