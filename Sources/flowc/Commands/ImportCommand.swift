import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc import`: turns Connect flow JSON into a flowc project.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn Connect flow-language JSON files into flowc source and a flowc.yaml.",
        discussion: """
            Each file becomes one flow, written in the friendliest form that builds back to exactly \
            the same actions, parameters and transitions (identifiers aside); ARNs become named \
            resources bound in the environment 'imported'. Nothing is written when a file cannot be \
            imported. Legacy designer exports (with "modules") cannot be imported: export the flow \
            language with `aws connect describe-contact-flow` instead.
            """)

    @Argument(help: "Connect flow-language JSON files (or describe-contact-flow responses), or folders of them (a whole instance's export).")
    var files: [String]

    @Option(name: .long, help: "The new project's directory.")
    var out: String = "imported"

    @Option(name: .customLong("flow-type"), help: "The flow type, when the files do not say.")
    var flowType: String?

    @Option(name: .long, help: "The flow's name, when importing one file (default: the file's name).")
    var name: String?

    func run() throws {
        let kind = try FlowTypeOption.parse(flowType)
        if FileManager.default.fileExists(atPath: "\(out)/flowc.yaml") {
            throw IOFailure(message: "'\(out)' already holds a flowc project; import into a new directory")
        }
        let sources = try Self.jsonFiles(in: files).map { path in
            try SourceFileReader.sourceFile(atPath: path, relativePath: URL(fileURLWithPath: path).lastPathComponent)
        }
        let result = Importer.run(sources, kind: kind, name: name, project: URL(fileURLWithPath: out).lastPathComponent)
        guard !result.files.isEmpty else {
            let text = TextRenderer(sources: ProjectSources(root: ".", files: sources)).render(result.diagnostics)
            FileHandle.standardError.write(Data((text + TextRenderer.summary(result.diagnostics) + "\n").utf8))
            FileHandle.standardError.write(Data("flowc: nothing imported because of errors\n".utf8))
            throw ExitCode(ExitStatus.errorsFound)
        }
        let existing = result.files.map { "\(out)/\($0.path)" }.filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw IOFailure(message: "'\(out)' already holds \(existing.map { "'\($0)'" }.joined(separator: ", ")); "
                                + "nothing was written. Import into a new or empty folder")
        }
        try OutputDirectory(path: out).prepareForWriting()
        try OutputDirectory(path: out).write(result.files)
        let actions = result.flows.reduce(0) { $0 + $1.actions }, generic = result.flows.reduce(0) { $0 + $1.generic }
        print("flowc: imported \(result.flows.count) flows (\(actions) actions, \(generic) in the generic form) into '\(out)'; "
              + "build them with `flowc build --project \(out)`")
        if !result.diagnostics.isEmpty {
            print("flowc: \(TextRenderer.summary(result.diagnostics)) from reading and analysing the flows; `flowc check \(out)` lists them")
        }
    }

    /// The paths given, with each folder replaced by the `.json` files below it, sorted.
    static func jsonFiles(in paths: [String]) throws -> [String] {
        try paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                throw IOFailure(message: "cannot list '\(path)'")
            }
            let found = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            guard !found.isEmpty else { throw IOFailure(message: "'\(path)' holds no .json files to import") }
            return found.sorted().map { ProjectLoader.display(path, $0) }
        }
    }
}
