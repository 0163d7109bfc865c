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
            counted. PATHs are as for `flowc check`.
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
        for target in try CheckTarget.resolve(try location.targets()) {
            let (compilation, sources, file) = try CheckRun.run(target, kind: kind, options: CompileOptions())
            let readable = compilation.flows.filter { file == nil || $0.location.file == file }
            if readable.isEmpty && compilation.diagnostics.containsErrors {
                let text = TextRenderer(sources: sources).render(compilation.diagnostics)
                FileHandle.standardError.write(Data(text.utf8))
                throw ExitCode(ExitStatus.errorsFound)
            }
            reports += readable.map(FlowReport.init)
        }
        switch format {
        case .text: print(ReportRenderer.text(reports), terminator: "")
        case .json: print(ReportRenderer.json(reports), terminator: "")
        }
    }
}
