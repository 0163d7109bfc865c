import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc check`: reports every problem in projects, flow files or Connect JSON files; writes
/// nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check flows and print diagnostics; writes nothing.",
        discussion: """
            Each PATH is a project directory (holding flowc.yaml), a flow file inside one (only that \
            file's diagnostics are shown), or a Connect flow-language JSON file. Exits 1 when there \
            are errors (or, with --strict, warnings).
            """)

    @OptionGroup var location: ProjectArguments

    @Option(name: .long, help: "Output format: text, json or sarif.")
    var format: DiagnosticFormat = .text

    @Option(name: .long, help: "The environment whose bindings to check with.")
    var env: String?

    @Option(name: .customLong("flow-type"), help: "The flow type of Connect JSON files (default: CONTACT_FLOW, or MODULE for a file with a Return action).")
    var flowType: String?

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let kind = try FlowTypeOption.parse(flowType)
        var diagnostics: [Diagnostic] = []
        var failed = false
        let options = CompileOptions(environment: env, isStrict: strict, emitsOutputs: false)
        let renders = format == .text
        // The targets are checked in parallel, each down to its diagnostics and their text (so no
        // compilation is held longer than it takes), then reported in the order given.
        let checked = Parallel.map(try CheckTarget.resolve(try location.targets())) { target in
            Result { () throws -> (found: [Diagnostic], text: String) in
                let (compilation, sources, file) = try CheckRun.run(target, kind: kind, options: options)
                let found = compilation.diagnostics.filter { file == nil || $0.location.file == file }
                return (found, renders ? TextRenderer(sources: sources).render(found) : "")
            }
        }
        for result in checked {
            let (found, text) = try result.get()
            if renders { print(text, terminator: "") }
            diagnostics += found
            failed = failed || found.containsErrors || (strict && found.contains { $0.severity == .warning })
        }
        switch format {
        case .text: print(TextRenderer.summary(diagnostics))
        case .json: print(JSONRenderer.render(diagnostics), terminator: "")
        case .sarif: print(SARIFRenderer().render(diagnostics), terminator: "")
        }
        if failed { throw ExitCode(ExitStatus.errorsFound) }
    }
}

/// Compiles or imports one check target.
enum CheckRun {
    /// Whether the project reads `file` (as its diagnostics name it): flowc.yaml, or a flow file
    /// the loader found under the `flows:` folder.
    static func readsFile(_ file: String, sources: ProjectSources, flows: String) -> Bool {
        guard let source = sources.files.first(where: { $0.path == file }) else { return false }
        let folder = flows.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return source.relativePath == ProjectSources.projectFileName || folder == "." || folder.isEmpty
            || source.relativePath.hasPrefix(folder + "/")
    }

    static func run(_ target: CheckTarget, kind: FlowKind?, options: CompileOptions) throws
        -> (Compilation, ProjectSources, file: String?)
    {
        switch target {
        case .project(let directory, let file):
            let sources = try ProjectLoader.load(directory)
            let compilation = Compiler.compile(sources, options: options)
            if let file, let project = compilation.project, !readsFile(file, sources: sources, flows: project.flowsDirectory) {
                throw IOFailure(message: "'\(file)' is not one of the project's flow files: flowc reads the .yaml files under "
                                    + "'\(ProjectLoader.display(directory, project.flowsDirectory))', except in hidden folders")
            }
            return (compilation, sources, file)
        case .connectJSON(let path):
            let file = try SourceFileReader.sourceFile(atPath: path, relativePath: URL(fileURLWithPath: path).lastPathComponent)
            let sources = ProjectSources(root: path, files: [file])
            return (Compiler.check(connectJSON: file, kind: kind, options: options), sources, nil)
        }
    }
}
