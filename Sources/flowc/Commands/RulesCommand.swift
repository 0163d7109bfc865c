import ArgumentParser

import FlowCompiler

/// `flowc rules`: lists the analyses.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rules flowc checks, with their default severity.",
        discussion: "Change a rule's severity in flowc.yaml (rules: { ID: error|warning|note|off }); `flowc explain ID` says more.")

    func run() {
        let width = RuleRegistry.ids.map(\.count).max() ?? 0
        for rule in RuleRegistry.rules {
            let id = rule.info.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = rule.info.kind.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(id)  \(severity)  \(rule.info.kind.summary)")
        }
    }
}

/// `flowc explain ID`: a rule's summary, rationale and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain a rule: what it checks, why, and examples that trigger it or not.")

    @Argument(help: "The rule's id, as `flowc rules` lists it.")
    var id: String

    func run() throws {
        guard let rule = RuleRegistry.rule(id) else {
            throw IOFailure(message: "no rule '\(id)'" + Suggestion.hint(for: id, in: RuleRegistry.ids) + "; `flowc rules` lists them")
        }
        let info = rule.info
        print("\(info.id) (default: \(info.kind.defaultSeverity.rawValue))\n\n\(info.kind.summary).\n\n\(info.rationale)")
        for example in info.examples {
            print("\n\(example.triggers ? "Triggers" : "Clean"): \(example.title)")
            switch example.source {
            case .flowLanguage(let files):
                for name in files.keys.sorted() {
                    if files.count > 1 { print("  # \(name)") }
                    print(files[name]!.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n"))
                }
            case .connectJSON(let json, let kind, _):
                print("  Connect JSON (\(kind)):")
                print(json.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n"))
            }
        }
    }
}
