import FlowCore

/// Per environment: a tfvars file with the ARNs the environment binds (what `flowc build --env`
/// bakes into the flow JSON, so both paths deploy the same resources), and import blocks that
/// adopt the project's flows and modules the environment says already exist.
extension TerraformEmitter {
    func tfvars(_ project: TerraformProject, environment: String) -> [HCL] {
        let bindings = project.environments[environment] ?? [:]
        var items: [HCL] = []
        if let instance = Self.instanceId(in: Array(bindings.values)) { items.append(.attribute("instance_id", HCL.string(instance))) }
        let maps: [(String, ResourceKind, [String])] = [
            ("queue_arns", .queue, project.lookedUp(.queue)),
            ("hours_arns", .hours, project.lookedUp(.hours)),
            ("prompt_arns", .prompt, project.lookedUp(.prompt)),
            ("lex_bot_alias_arns", .lexBot, project.declared(.lexBot)),
            ("existing_lambda_arns", .lambda, project.existingLambdas.map(\.name)),
            ("external_flow_arns", .flow, project.declared(.flow)),
            ("external_module_arns", .module, project.declared(.module)),
        ]
        for (variable, kind, names) in maps {
            let entries = names.compactMap { name in bindings[ResourceReference(kind, name)].map { (name, HCL.string($0)) } }
            if !entries.isEmpty { items.append(.attribute(variable, HCL.object(entries))) }
        }
        return items.isEmpty ? [] : [.comment("Environment '\(environment)': the ARNs flowc.yaml binds there.")] + items
    }

    func imports(_ project: TerraformProject, environment: String) -> [HCL]? {
        let bindings = project.environments[environment] ?? [:]
        let adopted: [HCL] = (project.projectModules + project.projectFlows).compactMap { flow in
            let kind: ResourceKind = flow.kind == .module ? .module : .flow
            guard let arn = bindings[ResourceReference(kind, flow.name)], let id = Self.importId(arn) else { return nil }
            let type = kind == .module ? "aws_connect_contact_flow_module" : "aws_connect_contact_flow"
            return .block("import", [], [.attribute("to", "module.flowc.\(type).\(HCL.identifier(flow.name))"), .attribute("id", HCL.string(id))])
        }
        guard !adopted.isEmpty else { return nil }
        return [.comment("Flows of environment '\(environment)' that exist already: the first apply adopts them. Import blocks"),
                .comment("belong in the root module, which calls this one `flowc`: link this file there for that apply.")] + adopted
    }

    /// The instance's id, when the environment's Connect ARNs all name the same one.
    static func instanceId(in arns: [String]) -> String? {
        let instances = Set(arns.compactMap { arn -> String? in
            guard arn.hasPrefix("arn:"), arn.contains(":connect:") else { return nil }
            let parts = arn.split(separator: "/")
            return parts.count >= 2 && parts[0].hasSuffix(":instance") ? String(parts[1]) : nil
        })
        return instances.count == 1 ? instances.first : nil
    }

    /// `instance_id:contact_flow_id`, the provider's import id, from a flow's or module's ARN.
    static func importId(_ arn: String) -> String? {
        let parts = arn.split(separator: "/")
        guard parts.count == 4, parts[0].hasSuffix(":instance"), ["contact-flow", "flow-module"].contains(parts[2]) else { return nil }
        return "\(parts[1]):\(parts[3])"
    }
}
