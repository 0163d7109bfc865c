import FlowAnalysis

/// An example of a diagnostic the compiler reports (not an analysis rule): input that reports it,
/// or clean input that does not. Run as a test; printed by `flowc explain`.
public struct DiagnosticExample: Sendable {
    /// What the example compiles.
    public enum Input: Sendable {
        /// A project's files by path inside its folder (`flowc.yaml` only when the example has
        /// one), and files given as raw bytes (text that is not UTF-8).
        case project(files: [String: String], bytes: [String: [UInt8]])
        /// One Connect flow-language JSON file, checked as `example.json`.
        case connectJSON(String)
    }

    public let title: String
    public let triggers: Bool
    public let input: Input
    /// Where a triggering example reports the diagnostic, when a `# ^ id` marker under the line
    /// cannot say (a whole file, JSON): `path:line:column`, or `path` for a whole file. Nil to
    /// take the places from the markers.
    public let reports: [String]?
    /// The environment the example builds (`--env`), if any.
    public var environment: String?

    /// A flow file `flows/flow.yaml` in a project (`RuleExample.project` unless given).
    public static func flow(_ title: String, triggers: Bool, _ flow: String, project: String = RuleExample.project,
                            environment: String? = nil) -> DiagnosticExample {
        DiagnosticExample(title: title, triggers: triggers, input: .project(files: ["flowc.yaml": project, "flows/flow.yaml": flow], bytes: [:]),
                          reports: nil, environment: environment)
    }

    /// A project of these files, reported where `reports` says (or its markers do).
    public static func files(_ title: String, triggers: Bool, _ files: [String: String], bytes: [String: [UInt8]] = [:],
                             reports: [String]? = nil) -> DiagnosticExample {
        DiagnosticExample(title: title, triggers: triggers, input: .project(files: files, bytes: bytes), reports: reports, environment: nil)
    }

    /// A Connect JSON file, reported at `reports` (`example.json:line:column`).
    public static func json(_ title: String, triggers: Bool, _ json: String, reports: [String] = []) -> DiagnosticExample {
        DiagnosticExample(title: title, triggers: triggers, input: .connectJSON(json), reports: reports, environment: nil)
    }
}
