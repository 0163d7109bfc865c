import FlowTestSupport
import Foundation
import Testing

/// The analysis side of the command line: Connect JSON input, SARIF, rules, explain, report.
@Suite("flowc analyses")
struct AnalysisCommandTests {
    static let corpus = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    @Test("check reads Connect JSON and points at the action")
    func checkJSON() throws {
        let path = Self.corpus.appendingPathComponent("027-gts-dynamic-switchboard.json").path
        let result = try FlowcProcess.run(["check", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("027-gts-dynamic-switchboard.json:2842:5: error: the cycle through '79456dbc-4c66-4559-bc3b-8523163eab05'"))
        #expect(result.stdout.contains("note: the cycle goes through"))
    }

    @Test("--flow-type selects the flow type's rules")
    func flowType() throws {
        let path = Self.corpus.appendingPathComponent("014-gm-whisper.json").path
        let asInbound = try FlowcProcess.run(["check", path])
        let asWhisper = try FlowcProcess.run(["check", "--flow-type", "AGENT_WHISPER", path])
        #expect(asInbound.stdout.contains("[action_not_allowed]"))
        #expect(!asWhisper.stdout.contains("[action_not_allowed]"))
        #expect(try FlowcProcess.run(["check", "--flow-type", "INBOUND", path]).status == 2)
    }

    @Test("a legacy designer export is one clear error")
    func legacy() throws {
        let result = try FlowcProcess.run(["check", Self.corpus.appendingPathComponent("021-legacy-awssample-inbound-first-contact.json").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("legacy flow designer"))
        #expect(result.stdout.hasSuffix("1 error\n"))
    }

    @Test("SARIF output has the 2.1.0 shape, rule metadata and located results")
    func sarif() throws {
        let result = try FlowcProcess.run(["check", "--format", "sarif", Self.corpus.appendingPathComponent("017-awssample-queue-configurations.json").path])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "unbounded_loop" && $0["fullDescription"] != nil })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for entry in results {
            let index = try #require(entry["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == entry["ruleId"] as? String)
            let location = (entry["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            #expect((location?["region"] as? [String: Any])?["startLine"] as? Int ?? 0 > 0)
        }
        #expect(driver["informationUri"] == nil, "no made-up address")
    }

    @Test("SARIF locations are relative to the repository root, declared as %SRCROOT%")
    func sarifRelativeToRoot() throws {
        let repository = try FlowcProcess.temporaryDirectory()
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let project = repository.appendingPathComponent("flows-src")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try Data("project: p\n".utf8).write(to: project.appendingPathComponent("flowc.yaml"))
        try Data("flow: f\nblocks:\n  a:\n    play: Hi\n    next: b\n  b:\n    disconnect:\n".utf8)
            .write(to: project.appendingPathComponent("f.yaml"))
        let result = try FlowcProcess.run(["check", "--format", "sarif"], in: project)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases["%SRCROOT%"]?["uri"] == repository.standardizedFileURL.absoluteString + "/")
        let artifact = ((run["results"] as? [[String: Any]])?.first?["locations"] as? [[String: Any]])?.first
            .flatMap { ($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String] }
        #expect(artifact == ["uri": "flows-src/f.yaml", "uriBaseId": "%SRCROOT%"])
    }

    @Test("rules lists every rule; explain prints rationale and examples")
    func rulesAndExplain() throws {
        let rules = try FlowcProcess.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.split(separator: "\n").count >= 15)
        #expect(rules.stdout.contains("silent_failure"))
        let explain = try FlowcProcess.run(["explain", "unbounded_loop"])
        #expect(explain.stdout.hasPrefix("unbounded_loop (default: error)"))
        #expect(explain.stdout.contains("Triggers: a menu that re-asks on silence forever"))
        #expect(explain.stdout.contains("Clean: retries bounded by their counter"))
        #expect(try FlowcProcess.run(["explain", "unbounded_loops"]).stderr.contains("did you mean 'unbounded_loop'"))
        let frontend = try FlowcProcess.run(["explain", "unknown_key"])
        #expect(frontend.status == 0 && frontend.stdout.contains("Triggers: a misspelt next") && frontend.stdout.contains("nxt: bye"))
    }

    @Test("report gives bounds, attempts, worst-case time and coverage")
    func report() throws {
        let text = try FlowcProcess.run(["report", "Examples"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("main-menu.ask → main-menu.no-input → main-menu.invalid → main-menu.retry → main-menu.retry.1 → main-menu.retry.2: bounded by retry counts (2 retries): at most 3 attempts"))
        #expect(text.stdout.contains("worst-case time: 15 s"))
        let json = try FlowcProcess.run(["report", "--format", "json", "Examples"])
        let flows = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["flows"] as? [[String: Any]])
        let lookup = try #require(flows.first { $0["flow"] as? String == "lambda-lookup" })
        #expect(lookup["worstCaseSeconds"] as? Int == 6)
        #expect(lookup["mostAttempts"] as? Int == 2)
    }

    @Test("report on flows with errors: what can be read is reported, the errors go to standard error, and the status is 1")
    func reportWithErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("flowc-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let flow = directory.appendingPathComponent("dup.json")
        try Data("""
            {"Version": "2019-10-30", "StartAction": "a", "Actions": [
              {"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"Text": "one"}, "Transitions": {"NextAction": "c"}},
              {"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"Text": "two"}, "Transitions": {"NextAction": "c"}},
              {"Identifier": "c", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
            """.utf8).write(to: flow)
        let result = try FlowcProcess.run(["report", flow.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("dup (CONTACT_FLOW)"))
        #expect(result.stderr.contains("[duplicate_identifier]") && result.stderr.contains("`flowc check` lists every problem"))
    }
}
