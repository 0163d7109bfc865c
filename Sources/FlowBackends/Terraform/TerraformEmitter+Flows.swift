import FlowCore

/// One `aws_connect_contact_flow` per flow, with its type, and one
/// `aws_connect_contact_flow_module` per module; each one's content is its placeholder JSON
/// (`connect/NAME.json`) with every placeholder bound to the expression of what it names, so
/// Terraform creates it after them. Lambda functions must also be associated with the instance
/// before a flow that calls them is published.
extension TerraformEmitter {
    func flows(_ project: TerraformProject) -> [HCL] {
        project.projectModules.map { resource($0, type: "aws_connect_contact_flow_module", project) }
            + project.projectFlows.map { resource($0, type: "aws_connect_contact_flow", project) }
    }

    private func resource(_ flow: FlowGraph, type: String, _ project: TerraformProject) -> HCL {
        let references = project.references(of: flow)
        let bindings = references.map { ($0.placeholder, project.expression($0)) }
        let template = "\"${path.module}/../connect/\(flow.name).json\""
        let content = bindings.isEmpty ? "file(\(template))" : "templatefile(\(template), \(HCL.object(bindings)))"
        var body: [HCL] = [
            .attribute("instance_id", "var.instance_id"),
            .attribute("name", HCL.string(flow.name)),
        ]
        if let description = flow.description, !description.isEmpty { body.append(.attribute("description", HCL.string(description))) }
        if case .flow(let flowType) = flow.kind { body.append(.attribute("type", HCL.string(flowType.rawValue))) }
        body.append(.attribute("tags", "var.tags"))
        body.append(.blank)
        body.append(.attribute("content", content))
        let associations = references.filter { $0.kind == .lambda }
            .map { "aws_connect_lambda_function_association.\(HCL.identifier($0.name))" }
        if !associations.isEmpty {
            body.append(.blank)
            body.append(.attribute("depends_on", "[" + associations.joined(separator: ", ") + "]"))
        }
        return .block("resource", [type, HCL.identifier(flow.name)], body)
    }
}
