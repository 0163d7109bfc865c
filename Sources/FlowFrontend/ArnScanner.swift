import FlowCore

/// Finds ARNs written into flow files: they tie a flow to one account and instance, so they
/// belong in flowc.yaml's environments. Reported as `hardcoded_arn` warnings. Templated ARNs
/// (`${ACCOUNT_ID}`, `{{...}}`, `$.AwsRegion`) are templates, not hard-coded, and are left alone.
/// Linear in the document.
enum ArnScanner {
    static func scan(_ node: YAMLNode, flow: String?, into sink: DiagnosticSink) {
        switch node {
        case .scalar(let scalar):
            guard scalar.text.contains("arn:aws"), !["${", "{{", "$."].contains(where: scalar.text.contains) else { return }
            sink.report(Diagnostic(
                .hardcodedARN, "ARN written into a flow; declare the resource in flowc.yaml and bind its ARN per environment",
                at: scalar.location, flow: flow))
        case .sequence(let sequence):
            sequence.items.forEach { scan($0, flow: flow, into: sink) }
        case .mapping(let mapping):
            mapping.entries.forEach { scan($0.value, flow: flow, into: sink) }
        }
    }
}
