import FlowCompiler
import Foundation

/// Renders retry-path reports as text for people or JSON for tools.
enum ReportRenderer {
    static func text(_ reports: [FlowReport]) -> String {
        reports.map { report in
            var lines = ["\(report.flow) (\(report.kind)): \(report.actions) actions"]
            if report.cycles.isEmpty {
                lines.append("  retry cycles: none")
            } else {
                lines.append("  retry cycles:")
                lines += report.cycles.map { "    \($0.blocks.map(\.rawValue).joined(separator: " → ")): \(describe($0))" }
            }
            lines.append("  most attempts: \(report.mostAttempts.map(String.init) ?? "unbounded")")
            lines.append("  worst-case time: " + (report.worstCaseSeconds.map { "\($0) s" } ?? "unbounded")
                         + " (input and Lambda timeouts and waits; prompts not counted)")
            let percent = report.raisableErrors == 0 ? 100 : report.handledErrors * 100 / report.raisableErrors
            lines.append("  error branches: \(report.handledErrors) of \(report.raisableErrors) raisable errors handled (\(percent)%)")
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    private static func describe(_ cycle: FlowReport.Cycle) -> String {
        switch cycle.bound {
        case .counted(let retries): "bounded by retry counts (\(retries) \(retries == 1 ? "retry" : "retries")): at most \(retries + 1) attempts"
        case .callerChoice: "repeats only when the caller chooses to"
        case .lambdaAnswer(let comparisons):
            "NOT PROVABLY BOUNDED: repeats until a Lambda function's or module's answer ends it (decided by "
                + comparisons.map { "'\($0)'" }.joined(separator: ", ")
                + "); flowc cannot see that code, so no count limits it — add a Loop or retries"
        case .untilAnswered: "waits until an agent takes the contact"
        case .unbounded: "UNBOUNDED: can repeat through timeouts, errors or invalid input"
        }
    }

    static func json(_ reports: [FlowReport]) -> String {
        let flows: [[String: Any]] = reports.map { report in
            [
                "flow": report.flow, "kind": report.kind.description, "actions": report.actions,
                "cycles": report.cycles.map { cycle -> [String: Any] in
                    var entry: [String: Any] = ["blocks": cycle.blocks.map(\.rawValue), "bound": bound(cycle.bound)]
                    if let attempts = cycle.attempts { entry["attempts"] = attempts }
                    if case .lambdaAnswer(let comparisons) = cycle.bound { entry["decidedBy"] = comparisons.map(\.rawValue) }
                    return entry
                },
                "mostAttempts": report.mostAttempts.map { $0 as Any } ?? NSNull(),
                "worstCaseSeconds": report.worstCaseSeconds.map { $0 as Any } ?? NSNull(),
                "errorBranches": ["handled": report.handledErrors, "raisable": report.raisableErrors],
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["flows": flows], options: [.prettyPrinted, .sortedKeys]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func bound(_ bound: FlowReport.Bound) -> String {
        switch bound {
        case .counted: "counted"
        case .callerChoice: "caller_choice"
        case .lambdaAnswer: "lambda_answer"
        case .untilAnswered: "until_answered"
        case .unbounded: "unbounded"
        }
    }
}
