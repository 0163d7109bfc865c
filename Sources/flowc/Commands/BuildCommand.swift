import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc build`: compiles a project and writes Connect JSON and Graphviz files.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a project and write generated/connect/*.json and generated/graphviz/*.dot.",
        discussion: """
            Writes only files whose contents changed, each atomically, and nothing at all when there \
            are errors. Files flowc generated earlier and no longer produces are removed; other files \
            in the output directory are left alone. With --check, writes nothing and exits 1 when the \
            output directory is not exactly what a build would write.
            """)

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: "The output directory.")
    var out: String = "generated"

    @Flag(name: .long, help: "Report stale, missing or extra generated files instead of writing them.")
    var check = false

    @Flag(name: .long, help: "Treat warnings as errors: write nothing when there are any.")
    var strict = false

    func run() throws {
        let sources = try ProjectLoader.load(options.project)
        let compilation = Compiler.compile(sources, options: CompileOptions(environment: options.env, isStrict: strict))
        let renderer = TextRenderer(sources: sources)
        if !compilation.diagnostics.isEmpty {
            let text = renderer.render(compilation.diagnostics) + TextRenderer.summary(compilation.diagnostics) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
        guard !compilation.hasErrors else {
            FileHandle.standardError.write(Data("flowc: nothing written to '\(out)' because of \(compilation.diagnostics.containsErrors ? "errors" : "warnings (--strict)")\n".utf8))
            throw ExitCode(ExitStatus.errorsFound)
        }
        let directory = OutputDirectory(path: out)
        let plan = OutputPlan(outputs: compilation.outputs, existing: directory.contents(of:))
        if check {
            try report(plan)
        } else {
            try directory.apply(plan)
            print("flowc: \(compilation.flows.count) flows; \(plan.writes.count) files written, "
                  + "\(plan.deletions.count) removed, \(compilation.outputs.count + 1 - plan.writes.count) unchanged in '\(out)'")
        }
    }

    private func report(_ plan: OutputPlan) throws {
        guard !plan.isUpToDate else {
            print("flowc: '\(out)' is up to date")
            return
        }
        for path in plan.stale { print("stale: \(out)/\(path)") }
        for path in plan.missing { print("missing: \(out)/\(path)") }
        for path in plan.deletions { print("extra: \(out)/\(path)") }
        print("flowc: '\(out)' is out of date; run `flowc build` and commit the result")
        throw ExitCode(ExitStatus.errorsFound)
    }
}
