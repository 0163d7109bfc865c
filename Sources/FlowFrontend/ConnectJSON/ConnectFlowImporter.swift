import FlowCore
import Foundation

/// Reads Connect flow-language JSON (Version 2019-10-30) into the flow graph IR, so that the
/// analyses run on flows teams already have.
///
/// Lenient with what real exports vary in — a missing `Parameters`, numbers where strings are
/// documented, `${...}` placeholders, action types newer than the catalogue — and clear about
/// what is not flow language at all: the legacy designer's export, a CloudFormation template,
/// invalid JSON. A `describe-contact-flow` response is unwrapped. Linear in the document.
public enum ConnectFlowImporter {
    /// The flow and the problems found reading it. The flow's name is the file's name; its kind
    /// is `kind`, else the type in a describe-contact-flow response, else the designer's
    /// `Metadata.type`, else a module when it has a Return (EndFlowModuleExecution) action, else
    /// CONTACT_FLOW.
    public static func read(_ file: SourceFile, kind: FlowKind? = nil) -> (FlowGraph?, [Diagnostic]) {
        let (graph, _, diagnostics) = readDescribed(file, kind: kind)
        return (graph, diagnostics)
    }

    /// `read`, plus the flow's ARN when the file is a describe-contact-flow (or -module)
    /// response, which says it: what other flows' transfers to this one hold.
    public static func readDescribed(_ file: SourceFile, kind: FlowKind? = nil) -> (FlowGraph?, arn: String?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let name = URL(fileURLWithPath: file.relativePath).deletingPathExtension().lastPathComponent
        guard !Frontend.reportIfTooLarge(file, sink: sink) else { return (nil, nil, sink.diagnostics) }
        var parser = JSONParser([UInt8](file.contents), file: file.path)
        let root: JSONNode
        do { root = try parser.parse() } catch {
            sink.report(Diagnostic(.invalidJSON, "'\(file.path)' is not valid JSON: \(error.message)", at: error.location))
            return (nil, nil, sink.diagnostics)
        }
        guard let (content, described) = flowContent(root, file: file, sink: sink) else { return (nil, nil, sink.diagnostics) }
        let reader = ConnectActionReader(sink: sink.scoped(flow: name), source: SourceLines(String(decoding: file.contents, as: UTF8.self)))
        guard var graph = reader.graph(content, name: name, kind: kind ?? described, location: root.location) else {
            return (nil, nil, sink.diagnostics)
        }
        if root["Actions"] == nil {  // unwrapped from a Content string: positions inside it are not known
            for index in graph.blocks.indices { graph.blocks[index].pathLocations = [:] }
        }
        let arn = (root["ContactFlow"] ?? root["ContactFlowModule"])?["Arn"]?.string
        return (graph, arn, sink.diagnostics)
    }

    /// The flow-language object: the document itself, or the Content of a describe-contact-flow
    /// response (whose positions then all point at that Content string).
    private static func flowContent(_ root: JSONNode, file: SourceFile, sink: DiagnosticSink) -> (JSONNode, FlowKind?)? {
        let expected = "flowc expects Connect flow language: an object with \"Version\": \"2019-10-30\", \"StartAction\" and \"Actions\""
        guard case .object = root else {
            sink.report(.notFlowLanguage, "'\(file.path)' holds \(root.shapeName), not a flow; \(expected)", at: root.location)
            return nil
        }
        if root["modules"] != nil {
            sink.report(.notFlowLanguage, "'\(file.path)' is an export of the legacy flow designer (\"modules\"), "
                            + "not flow language; export the flow with `aws connect describe-contact-flow` instead. \(expected)",
                        at: root.location)
            return nil
        }
        if root["AWSTemplateFormatVersion"] != nil || root["Resources"] != nil {
            sink.report(.notFlowLanguage, "'\(file.path)' is a CloudFormation template, not a flow; "
                            + "check the Content of its AWS::Connect::ContactFlow resources instead. \(expected)",
                        at: root.location)
            return nil
        }
        if let described = root["ContactFlow"] ?? root["ContactFlowModule"], let content = described["Content"] {
            return unwrap(content, type: described["Type"]?.string, module: root["ContactFlowModule"] != nil, sink: sink)
        }
        guard root["Actions"] != nil else {
            sink.report(.notFlowLanguage, "'\(file.path)' has no \"Actions\"; \(expected)", at: root.location)
            return nil
        }
        return (root, nil)
    }

    private static func unwrap(_ content: JSONNode, type: String?, module: Bool, sink: DiagnosticSink) -> (JSONNode, FlowKind?)? {
        guard case .string(let text, let location) = content else {
            sink.report(.notFlowLanguage, "\"Content\" must be the flow as a JSON string", at: content.location)
            return nil
        }
        var parser = JSONParser(Array(text.utf8), file: location.file)
        guard case .object(let members, _)? = try? parser.parse() else {
            sink.report(.invalidJSON, "the flow in \"Content\" is not a valid JSON object", at: location)
            return nil
        }
        let kind: FlowKind? = module ? .module : type.flatMap(FlowType.init(rawValue:)).map(FlowKind.flow)
        return (relocated(.object(members, location), to: location), kind)
    }

    /// The same document with every position moved to `location`.
    private static func relocated(_ node: JSONNode, to location: SourceLocation) -> JSONNode {
        switch node {
        case .object(let members, _): .object(members.map { ($0.key, location, relocated($0.value, to: location)) }, location)
        case .array(let items, _): .array(items.map { relocated($0, to: location) }, location)
        case .string(let value, _): .string(value, location)
        case .number(let value, _): .number(value, location)
        case .bool(let value, _): .bool(value, location)
        case .null: .null(location)
        }
    }
}
