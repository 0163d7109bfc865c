import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc build`: compiles a project and writes Connect JSON and Graphviz files.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a project and write its Connect flow JSON and Graphviz drawings.",
        discussion: """
            Writes to the project's `output:` folder (default: `generated` beside flowc.yaml), or \\
            --out. Writes only files whose contents changed, each atomically, and nothing at all when \\
            there are errors. The folder must be the project's own (its .flowc-manifest names the \\
            project), empty or new: flowc refuses any other unless --force, and even then removes only \\
            files it generated there for this project. The flow JSON keeps ${...} placeholders for \\
            Terraform. With --env NAME (or the project's default_environment), flowc also writes the \\
            flow JSON for that environment, every reference bound to its ARN, to OUT/env/NAME/connect/; \\
            a reference the environment does not bind is an error. With --check, writes nothing and \\
            exits 1 when an output folder is not exactly what a build would write.
            """)

    @OptionGroup var location: ProjectArguments

    @Option(name: .long, help: "The environment to build too, with its ARNs (default: the project's default_environment).")
    var env: String?

    @Option(name: .long, help: "The output folder (default: the project's `output:`, else generated/ beside flowc.yaml).")
    var out: String?

    @Flag(name: .long, help: "Report stale, missing or extra generated files instead of writing them.")
    var check = false

    @Flag(name: .long, help: "Treat warnings as errors: write nothing when there are any.")
    var strict = false

    @Flag(name: .long, help: "Write into a folder that is not this project's own (nothing of others' is removed).")
    var force = false

    func run() throws {
        let projectDirectory = try location.singleProject(for: "build")
        let sources = try ProjectLoader.load(projectDirectory)
        let compilation = Compiler.compile(sources, options: CompileOptions(environment: env, isStrict: strict))
        if !compilation.diagnostics.isEmpty {
            let text = TextRenderer(sources: sources).render(compilation.diagnostics) + TextRenderer.summary(compilation.diagnostics) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
        guard !compilation.hasErrors, let project = compilation.project else {
            let why = compilation.diagnostics.containsErrors ? "errors" : "warnings (--strict)"
            FileHandle.standardError.write(Data("flowc: nothing written because of \(why)\n".utf8))
            throw ExitCode(ExitStatus.errorsFound)
        }
        let output = URL(fileURLWithPath: projectDirectory).appendingPathComponent(project.outputDirectory).standardizedFileURL.path
        let root = out ?? (projectDirectory.hasPrefix("/") ? output : ProjectLocator.relative(output, to: FileManager.default.currentDirectoryPath))
        var targets = [(directory: root, outputs: compilation.outputs)]
        if let environment = compilation.environment {
            targets.append(("\(root)/env/\(environment)", compilation.environmentOutputs))
        }
        let claims = try targets.map { try OutputDirectory(path: $0.directory).claim(for: project.name, force: force) }
        if !check { for target in targets { try OutputDirectory(path: target.directory).prepareForWriting() } }
        var stale = false
        for ((path, outputs), owned) in zip(targets, claims) {
            let directory = OutputDirectory(path: path)
            let plan = OutputPlan(outputs: outputs, project: project.name, existing: directory.contents(of:), owned: owned)
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
