import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc build`: compiles a project and writes Connect JSON and Graphviz files.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a project and write its Connect flow JSON and Graphviz drawings.",
        discussion: """
            Writes to the project's `output:` folder (default: `generated` beside flowc.yaml), or \
            --out. Writes only files whose contents changed, and nothing at all when there are errors: \
            every file is staged first (a full disk leaves the folder as it was), then all are renamed \
            into place under a journal, so a build stopped at any moment leaves whole files and the \
            next build finishes it. A second build into a folder another is writing fails at once. The folder must be the project's own (its .flowc-manifest names the \
            project and its flowc.yaml), empty or new: flowc refuses any other unless --force, which may \
            replace files a flowc build generated there but no other file, and removes none. Files it \
            generated for this project and no longer produces are removed. The flow JSON keeps ${...} placeholders for \
            Terraform. With --env NAME (or the project's default_environment), flowc also writes the \
            flow JSON for that environment, every reference bound to its ARN, to OUT/env/NAME/connect/; \
            a reference the environment does not bind is an error. With --check, writes nothing and \
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

    @Flag(name: .long, help: "Write into a folder that is not this project's own (replacing only generated files, removing none).")
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
        // The environment's folder is inside the main one: its leftovers are its own to find.
        let environmentFolder = compilation.environment.map { "env/\($0)" }
        if let environmentFolder {
            targets.append(("\(root)/\(environmentFolder)", compilation.environmentOutputs))
        }
        let projectFile = "\(projectDirectory)/\(ProjectSources.projectFileName)"
        // A build holds each folder from before it looks at it until it ends (the environment's
        // folder, inside the main one, is created only once the main one is claimed).
        var locks: [OutputLock] = []
        let plans = try targets.map { directory, outputs in
            if !check {
                let folder = OutputDirectory(path: directory)
                try folder.prepareForWriting()
                locks.append(try OutputLock(directory))
                if try folder.finishInterruptedBuild() {
                    print("flowc: finished writing what a stopped build had begun in '\(directory)'")
                }
            }
            let owner = OutputOwner(name: project.name, projectFile: ProjectLocator.relative(canonical: projectFile, from: directory))
            let folder = OutputDirectory(path: directory)
            let claim = try folder.claim(for: owner, force: force)
            let plan = OutputPlan(outputs: outputs, project: owner.line, existing: folder.contents(of:), owned: claim.owned)
            return (folder, claim, plan)
        }
        for (folder, claim, plan) in plans where !claim.owned {
            let inTheWay = plan.stale.filter { $0 != OutputPlan.manifestPath && !claim.generated.contains($0) }
            guard inTheWay.isEmpty else {
                throw IOFailure(message: "\(inTheWay.map { "'\(folder.path)/\($0)'" }.joined(separator: ", ")) would be replaced, "
                                    + "and flowc did not write it; nothing was written. Move it away, or build into another folder (--out)")
            }
        }
        var stale = false
        for (index, (folder, claim, plan)) in plans.enumerated() {
            let leftovers = folder.leftovers(outside: index == 0 ? environmentFolder : nil)
            if check {
                stale = !report(plan, leftovers: leftovers, interrupted: folder.wasInterrupted, in: folder.path) || stale
                continue
            }
            try folder.removeLeftovers(leftovers)
            if !leftovers.isEmpty { print("flowc: removed \(leftovers.count) temporary files an interrupted build left in '\(folder.path)'") }
            try folder.apply(plan)
            print("flowc: \(compilation.flows.count) flows; \(plan.writes.count) files written, "
                  + "\(plan.deletions.count) removed, \(plan.unchanged) unchanged in '\(folder.path)'")
            let leftAlone = claim.generated.filter { !plan.produced.contains($0) && folder.contains($0) }.sorted()
            if !leftAlone.isEmpty {
                print("flowc: left alone, as the folder was not this project's: \(leftAlone.joined(separator: ", ")) "
                      + "(generated by flowc for another project or an earlier flowc; delete any that are stale)")
            }
        }
        withExtendedLifetime(locks) {}
        if stale {
            print("flowc: run `flowc build` and commit the result")
            throw ExitCode(ExitStatus.errorsFound)
        }
    }

    /// Prints what differs; returns whether the directory is up to date.
    private func report(_ plan: OutputPlan, leftovers: [String], interrupted: Bool, in path: String) -> Bool {
        guard !plan.isUpToDate || !leftovers.isEmpty || interrupted else {
            print("flowc: '\(path)' is up to date")
            return true
        }
        if interrupted { print("interrupted: \(path)/\(OutputDirectory.journalPath) (a build was stopped while replacing files; the next build finishes it)") }
        for file in leftovers { print("interrupted: \(path)/\(file) (a temporary file of a build that was stopped)") }
        for file in plan.stale { print("stale: \(path)/\(file)") }
        for file in plan.missing { print("missing: \(path)/\(file)") }
        for file in plan.deletions { print("extra: \(path)/\(file)") }
        print("flowc: '\(path)' is out of date")
        return false
    }
}
