import FlowCore

/// An example of a rule: a small flow that triggers it, or a clean one that does not.
///
/// Examples in the flowc language mark each expected finding in a comment under the line it is
/// reported at (`# ^ rule_id`, the caret under the column). Connect JSON examples, which
/// cannot hold comments, list the identifiers of the blocks expected to be reported. Examples
/// compile inside `RuleExample.project`.
public struct RuleExample: Sendable {
    public enum Source: Sendable {
        /// Flow files in the flowc language, by file name, and optionally a `flowc.yaml` to use
        /// instead of `RuleExample.project`.
        case flowLanguage([String: String])
        /// A Connect flow-language JSON document of the given kind, and the identifiers of the
        /// blocks a triggering example reports.
        case connectJSON(String, kind: FlowKind, reported: [String])
    }

    public let title: String
    public let triggers: Bool
    public let source: Source

    /// A triggering example in one flowc flow file.
    public static func triggering(_ title: String, _ flow: String) -> RuleExample {
        RuleExample(title: title, triggers: true, source: .flowLanguage(["flow.yaml": flow]))
    }

    /// A clean example in one flowc flow file.
    public static func clean(_ title: String, _ flow: String) -> RuleExample {
        RuleExample(title: title, triggers: false, source: .flowLanguage(["flow.yaml": flow]))
    }

    /// An example with its own project file (`flowc.yaml`) beside one flow file.
    public static func project(_ title: String, triggers: Bool, project: String, flow: String) -> RuleExample {
        RuleExample(title: title, triggers: triggers, source: .flowLanguage(["flowc.yaml": project, "flow.yaml": flow]))
    }

    /// The project file every flowc example compiles in.
    public static let project = """
        project: examples
        queues: { billing: Billing, support: Support }
        hours: { office-hours: Office hours }
        prompts: { hold-music: Hold music }
        lambdas:
          lookup:
            inputs: { phone: string }
            outputs: { id: string }
        """
}
