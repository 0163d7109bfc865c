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
            print(Self.header(rule.info.kind, rationale: rule.info.rationale) + rule.info.examples.map(Self.text).joined())
        } else if let explanation = Explanations.explanation(for: id) {
            print(Self.header(explanation.kind, rationale: explanation.rationale) + explanation.examples.map(Self.text).joined()
                  + (explanation.untriggerable.map { "\n\nNo example triggers it: \($0)." } ?? ""))
        } else {
            let ids = DiagnosticCatalog.kinds.map(\.id)
            throw IOFailure(message: "no diagnostic '\(id)'" + Suggestion.hint(for: id, in: ids) + "; `flowc rules` lists the rules")
        }
    }

    private static func header(_ kind: DiagnosticKind, rationale: String) -> String {
        "\(kind.id) (default: \(kind.defaultSeverity.rawValue))\n\n\(kind.summary).\n\n\(rationale)"
    }

    private static func text(_ example: RuleExample) -> String {
        switch example.source {
        case .flowLanguage(let files): section(example.title, triggers: example.triggers, files: files)
        case .connectJSON(let json, let kind, _): section(example.title, triggers: example.triggers, json: json, kind: kind)
        }
    }

    private static func text(_ example: DiagnosticExample) -> String {
        switch example.input {
        case .project(var files, let bytes):
            // The examples' usual project file says nothing about the example: leave it out.
            if files["flowc.yaml"] == RuleExample.project && files.count > 1 { files["flowc.yaml"] = nil }
            return section(example.title, triggers: example.triggers,
                           files: files.merging(bytes.mapValues { String(decoding: $0, as: UTF8.self) }) { text, _ in text },
                           environment: example.environment)
        case .connectJSON(let json): return section(example.title, triggers: example.triggers, json: json, kind: nil)
        }
    }

    private static func section(_ title: String, triggers: Bool, files: [String: String], environment: String? = nil) -> String {
        let names = files.keys.filter { $0 == "flowc.yaml" } + files.keys.filter { $0 != "flowc.yaml" }.sorted()
        var lines = ["", "\(triggers ? "Triggers" : "Clean"): \(title)" + (environment.map { " (built with --env \($0))" } ?? "")]
        for name in names {
            if files.count > 1 { lines.append("  # \(name)") }
            lines.append(indented(files[name]!))
        }
        return "\n" + lines.joined(separator: "\n")
    }

    private static func section(_ title: String, triggers: Bool, json: String, kind: FlowKind?) -> String {
        "\n\n\(triggers ? "Triggers" : "Clean"): \(title)\n  Connect JSON\(kind.map { " (\($0))" } ?? ""):\n" + indented(json)
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n")
    }
}
