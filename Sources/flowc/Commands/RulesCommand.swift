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
        commandName: "explain",
        abstract: "Explain a rule or a compiler diagnostic: what it checks, why, and examples that trigger it or not.")

    @Argument(help: "The rule's id, as `flowc rules` lists it.")
    var id: String

    func run() throws {
        if let rule = RuleRegistry.rule(id) {
            print(Self.text(rule.info.kind, rationale: rule.info.rationale, examples: rule.info.examples))
        } else if let explanation = Explanations.explanation(for: id) {
            print(Self.text(explanation.kind, rationale: explanation.rationale, examples: explanation.examples))
        } else {
            let ids = RuleRegistry.ids + Explanations.all.map(\.kind.id)
            throw IOFailure(message: "no rule '\(id)'" + Suggestion.hint(for: id, in: ids) + "; `flowc rules` lists them")
        }
    }

    private static func text(_ kind: DiagnosticKind, rationale: String, examples: [RuleExample]) -> String {
        var lines = ["\(kind.id) (default: \(kind.defaultSeverity.rawValue))\n\n\(kind.summary).\n\n\(rationale)"]
        for example in examples {
            lines.append("\n\(example.triggers ? "Triggers" : "Clean"): \(example.title)")
            switch example.source {
            case .flowLanguage(let files):
                let names = files.keys.filter { $0 == "flowc.yaml" } + files.keys.filter { $0 != "flowc.yaml" }.sorted()
                for name in names {
                    if files.count > 1 { lines.append("  # \(name)") }
                    lines.append(indented(files[name]!))
                }
            case .connectJSON(let json, let kind, _):
                lines.append("  Connect JSON (\(kind)):")
                lines.append(indented(json))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n")
    }
}
