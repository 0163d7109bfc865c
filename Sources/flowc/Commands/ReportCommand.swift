import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc report`: the retry-path report of each flow.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report each flow's retry cycles and their bounds, most attempts, worst-case time and error-branch coverage.",
        discussion: """
            Worst-case time sums input timeouts, synchronous Lambda timeouts and waits along the \
            slowest path, with every bounded loop unrolled by its count; prompt durations are not \
            counted. PATHs are as for `flowc check`. Flows with errors are reported as far as they \
            can be read; the errors go to standard error and the exit status is 1, as with `flowc check`.
            """)

    @OptionGroup var location: ProjectArguments

    @Option(name: .long, help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(name: .customLong("flow-type"), help: "The flow type of Connect JSON files.")
    var flowType: String?

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let kind = try FlowTypeOption.parse(flowType)
        var reports: [FlowReport] = []
        var errors = ""
        for target in try CheckTarget.resolve(try location.targets()) {
            let (compilation, sources, file) = try CheckRun.run(target, kind: kind, options: CompileOptions(emitsOutputs: false))
            let readable = compilation.flows.filter { file == nil || $0.location.file == file }
            if compilation.diagnostics.containsErrors {
                let found = compilation.diagnostics.filter { $0.severity == .error }
                errors += TextRenderer(sources: sources).render(found)
            }
            reports += readable.map(FlowReport.init)
        }
        switch format {
        case .text: print(ReportRenderer.text(reports), terminator: "")
        case .json: print(ReportRenderer.json(reports), terminator: "")
        }
        if !errors.isEmpty {
            FileHandle.standardError.write(Data((errors + "flowc: the report covers what could be read; `flowc check` lists every problem\n").utf8))
            throw ExitCode(ExitStatus.errorsFound)
        }
    }
}
