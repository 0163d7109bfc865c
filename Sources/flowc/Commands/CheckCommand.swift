import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc check`: reports every problem in one or more projects without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check flows and print diagnostics; writes nothing.",
        discussion: """
            Each PATH is a project directory (holding flowc.yaml) or a flow file inside one; for a \
            file, only that file's diagnostics are shown. Exits 1 when there are errors.
            """)

    @Argument(help: "Project directories or flow files (default: flows-src).")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    @Option(name: .long, help: "The environment whose bindings to check with.")
    var env: String?

    func run() throws {
        var diagnostics: [Diagnostic] = []
        for target in try CheckTarget.resolve(paths.isEmpty ? ["flows-src"] : paths) {
            let sources = try ProjectLoader.load(target.project)
            let found = Compiler.compile(sources, options: CompileOptions(environment: env)).diagnostics
                .filter { target.file == nil || $0.location.file == target.file }
            if format == .text { print(TextRenderer(sources: sources).render(found), terminator: "") }
            diagnostics += found
        }
        switch format {
        case .text: print(TextRenderer.summary(diagnostics))
        case .json: print(JSONRenderer.render(diagnostics), terminator: "")
        }
        if diagnostics.containsErrors { throw ExitCode(ExitStatus.errorsFound) }
    }
}
