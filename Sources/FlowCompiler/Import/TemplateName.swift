import FlowBackends
import FlowCore

/// A resource name read off a templated value, the way deployment tools write references:
/// `${LambdaGetSurveyConfig.Arn}` (CloudFormation) → `get-survey-config`,
/// `${var.contact_flows_map["_0x_voicemail_flow"]}` (Terraform) → `voicemail-flow`,
/// `{{lambdaFunctions.connectgetcallbackstatus.arn}}` → `connectgetcallbackstatus`,
/// `${aws_connect_queue.billing.queue_id}` → `billing`.
enum TemplateName {
    /// Words that say what kind of thing a template refers to, not which one.
    static let kindWords: Set = ["arn", "id", "var", "value", "name", "lambda", "lambdas", "lambdafunction", "lambdafunctions",
                                 "function", "functions", "flow", "flows", "contactflow", "contactflows", "module", "modules",
                                 "queue", "queues", "hours", "ref", "getatt", "f", "m", "q"]

    /// The resource's name in a Terraform reference to a resource's attribute:
    /// `aws_connect_queue.billing.queue_id` and `data.aws_lambda_function.lookup.arn` name
    /// `billing` and `lookup`, not their attribute.
    static func terraformResourceName(_ inner: Substring) -> Substring? {
        let parts = inner.split(separator: ".")
        let offset = parts.first == "data" ? 1 : 0
        guard parts.count >= offset + 3, parts[offset].hasPrefix("aws_") else { return nil }
        return parts[offset + 1]
    }

    /// The name, or nil when the text is not a template or names nothing readable.
    static func name(of text: String, kind: ResourceKind) -> String? {
        let inner: Substring
        if text.hasPrefix("${"), text.hasSuffix("}") {
            inner = text.dropFirst(2).dropLast()
        } else if text.hasPrefix("{{"), text.hasSuffix("}}") {
            inner = text.dropFirst(2).dropLast(2)
        } else {
            return nil
        }
        let quoted = inner.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 && !$0.element.isEmpty }.map(\.element)
        let words = inner.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            .filter { !kindWords.contains($0.lowercased()) }
        guard let chosen = quoted.last ?? terraformResourceName(inner) ?? words.last else { return nil }
        // Resource names start with a letter: words before the first that does are left out.
        let letters = chosen.split { !($0.isLetter || $0.isNumber) }.drop { !($0.first?.isLetter ?? false) }
        var name = BlockNamer.kebab(letters.joined(separator: " "))
        let prefix = kind.rawValue.replacingOccurrences(of: "_", with: "-") + "-"
        if name.hasPrefix(prefix), name.count > prefix.count + 1 { name = String(name.dropFirst(prefix.count)) }
        return name.isEmpty ? nil : name
    }
}
