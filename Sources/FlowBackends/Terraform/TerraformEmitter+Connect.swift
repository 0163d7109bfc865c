import FlowCore

/// The instance, and the queues, hours of operation and prompts flows refer to: created where
/// flowc.yaml says `create:`, else looked up by name (or taken from an ARN the environment
/// gives); `local.queue_arns`, `local.hours_arns` and `local.prompt_arns` hold the ARNs.
extension TerraformEmitter {
    func connect(_ project: TerraformProject) -> [HCL] {
        var items: [HCL] = [.block("data", ["aws_connect_instance", "this"], [.attribute("instance_id", "var.instance_id")])]
        for name in project.created(.hours) { items.append(createdHours(name, project)) }
        for name in project.created(.queue) { items.append(createdQueue(name, project)) }
        let lookups: [(ResourceKind, String)] = [(.hours, "aws_connect_hours_of_operation"), (.queue, "aws_connect_queue"), (.prompt, "aws_connect_prompt")]
        for (kind, type) in lookups {
            for name in project.lookedUp(kind) {
                items.append(.block("data", [type, HCL.identifier(name)], [
                    .attribute("count", "contains(keys(var.\(kind.rawValue)_arns), \(HCL.string(name))) ? 0 : 1"),
                    .attribute("instance_id", "var.instance_id"),
                    .attribute("name", HCL.string(project.connectName(kind, name))),
                ]))
            }
        }
        var locals: [HCL] = []
        for (kind, type, resource) in [(ResourceKind.queue, "aws_connect_queue", "aws_connect_queue"),
                                       (.hours, "aws_connect_hours_of_operation", "aws_connect_hours_of_operation"),
                                       (.prompt, "aws_connect_prompt", "")] where !project.declared(kind).isEmpty {
            let entries = project.declared(kind).map { name -> (String, String) in
                let id = HCL.identifier(name)
                if project.created(kind).contains(name) { return (name, "\(resource).\(id).arn") }
                return (name, "coalesce(lookup(var.\(kind.rawValue)_arns, \(HCL.string(name)), null), one(data.\(type).\(id)[*].arn))")
            }
            locals.append(.attribute("\(kind.rawValue)_arns", HCL.object(entries)))
        }
        if !locals.isEmpty { items.append(.block("locals", [], locals)) }
        return items
    }

    private func createdHours(_ name: String, _ project: TerraformProject) -> HCL {
        guard case .hours(let zone, let open)? = project.deployments[ResourceReference(.hours, name)]?.creation else { return .blank }
        var body: [HCL] = [
            .attribute("instance_id", "var.instance_id"),
            .attribute("name", HCL.string(project.connectName(.hours, name))),
            .attribute("time_zone", HCL.string(zone)),
            .attribute("tags", "var.tags"),
        ]
        for time in open {
            body.append(.blank)
            body.append(.block("config", [], [
                .attribute("day", HCL.string(time.day)),
                .blank,
                .block("start_time", [], [.attribute("hours", String(time.start / 60)), .attribute("minutes", String(time.start % 60))]),
                .blank,
                .block("end_time", [], [.attribute("hours", String(time.end / 60)), .attribute("minutes", String(time.end % 60))]),
            ]))
        }
        return .block("resource", ["aws_connect_hours_of_operation", HCL.identifier(name)], body)
    }

    private func createdQueue(_ name: String, _ project: TerraformProject) -> HCL {
        guard case .queue(let hours, let maxContacts)? = project.deployments[ResourceReference(.queue, name)]?.creation else { return .blank }
        let hoursId = project.created(.hours).contains(hours)
            ? "aws_connect_hours_of_operation.\(HCL.identifier(hours)).hours_of_operation_id"
            : "element(split(\"/\", local.hours_arns[\(HCL.string(hours))]), 3)"
        var body: [HCL] = [
            .attribute("instance_id", "var.instance_id"),
            .attribute("name", HCL.string(project.connectName(.queue, name))),
            .attribute("hours_of_operation_id", hoursId),
        ]
        if let maxContacts { body.append(.attribute("max_contacts", String(maxContacts))) }
        body.append(.attribute("tags", "var.tags"))
        return .block("resource", ["aws_connect_queue", HCL.identifier(name)], body)
    }
}
