import FlowCompiler
import Foundation

/// Generates flowc projects of any size from one realistic flow shape.
enum SyntheticProject {
    /// Sections per flow; each lowers to 15 actions (the menu 7, the Lambda call 5), so 16
    /// sections make a 244-action flow.
    static let sectionsPerFlow = 16

    static func sources(flows: Int) -> ProjectSources {
        var files = [SourceFile(path: "bench/flowc.yaml", relativePath: "flowc.yaml", contents: Data(projectFile.utf8))]
        for index in 0..<flows {
            files.append(SourceFile(path: "bench/flows/f\(index).yaml", relativePath: "flows/f\(index).yaml",
                                    contents: Data(flow(index).utf8)))
        }
        return ProjectSources(root: "bench", files: files)
    }

    static let projectFile = """
        project: bench
        flows: flows
        queues: { billing: Billing }
        lambdas:
          lookup:
            response: string_map
            inputs: { phone: string }
            outputs: { tier: string }
        """

    /// One section: a menu with retries, a Lambda call with retries, a branch, a prompt.
    static func flow(_ index: Int) -> String {
        var lines = ["flow: f\(index)", "on_error: sorry", "blocks:"]
        for section in 0..<sectionsPerFlow {
            let next = section == sectionsPerFlow - 1 ? "transfer" : "menu\(section + 1)"
            lines += [
                "  menu\(section):",
                "    menu: { prompt: Press 1, options: { 1: call\(section), 2: \(next) }, retries: 2, no_input_prompt: Sorry, invalid_prompt: No, fallback: \(next) }",
                "  call\(section):",
                "    lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, retries: 2, fallback: \(next) }",
                "    next: route\(section)",
                "  route\(section):",
                "    branch: { value: $.External.tier, cases: { VIP: vip\(section), \"> 3\": vip\(section) }, otherwise: \(next) }",
                "  vip\(section):",
                "    set_attributes: { tier: vip }",
                "    next: say\(section)",
                "  say\(section):",
                "    play: Welcome back, $.Attributes.tier customer",
                "    next: \(next)",
            ]
        }
        lines += [
            "  transfer:", "    transfer_to_queue: { queue: billing, on_at_capacity: sorry }",
            "  sorry:", "    play: Sorry", "    next: bye", "    on_error: bye",
            "  bye:", "    disconnect:",
        ]
        return lines.joined(separator: "\n")
    }
}
