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
            in the output directory are left alone. The flow JSON there keeps ${...} placeholders for \
            Terraform. With --env NAME (or the project's default_environment), flowc also writes the \
            flow JSON for that environment, every reference bound to its ARN, to OUT/env/NAME/connect/; \
            a reference the environment does not bind is an error. With --check, writes nothing and \
            exits 1 when an output directory is not exactly what a build would write.
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
        var targets = [(directory: out, outputs: compilation.outputs)]
        if let environment = compilation.environment {
            targets.append(("\(out)/env/\(environment)", compilation.environmentOutputs))
        }
        var stale = false
        for (path, outputs) in targets {
            let directory = OutputDirectory(path: path)
            let plan = OutputPlan(outputs: outputs, existing: directory.contents(of:))
            if check {
                stale = !report(plan, in: path) || stale
            } else {
                try directory.apply(plan)
                print("flowc: \(compilation.flows.count) flows; \(plan.writes.count) files written, "
                      + "\(plan.deletions.count) removed, \(outputs.count + 1 - plan.writes.count) unchanged in '\(path)'")
            }
        }
        if stale {
            print("flowc: run `flowc build` and commit the result")
            throw ExitCode(ExitStatus.errorsFound)
        }
    }

    /// Prints what differs; returns whether the directory is up to date.
    private func report(_ plan: OutputPlan, in path: String) -> Bool {
        guard !plan.isUpToDate else {
            print("flowc: '\(path)' is up to date")
            return true
        }
        for file in plan.stale { print("stale: \(path)/\(file)") }
        for file in plan.missing { print("missing: \(path)/\(file)") }
        for file in plan.deletions { print("extra: \(path)/\(file)") }
        print("flowc: '\(path)' is out of date")
        return false
    }
}
