import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc init [DIR]`: starts a project.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a flowc project: flowc.yaml, one commented flow, and the schema for editors.",
        discussion: """
            Writes into DIR (default: the current folder), which may already hold other files; \
            refuses (exit 2) if it holds a flowc.yaml or any file the project would write, except a \
            .gitignore, to which it adds the lines it needs. The new project builds clean as written: \
            `flowc build`, `flowc check`, `flowc report`.
            """)

    @Argument(help: "The project's folder (default: the current folder).")
    var directory: String = "."

    @Option(name: .long, help: "The project's name (default: made of the folder's name).")
    var name: String?

    func run() throws {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        let project = name ?? ProjectTemplate.projectName(forFolder: folder.lastPathComponent)
        if let problem = ProjectTemplate.problem(withName: project) { throw ValidationError(problem) }
        var files = ProjectTemplate.files(project: project)
        if let existing = FileManager.default.contents(atPath: folder.appendingPathComponent(".gitignore").path) {
            files = files.compactMap { file in
                guard file.path == ".gitignore" else { return file }
                return ProjectTemplate.gitignore(addingTo: String(decoding: existing, as: UTF8.self)).map { OutputFile(path: file.path, contents: $0) }
            }
        }
        for file in files where file.path != ".gitignore" && FileManager.default.fileExists(atPath: folder.appendingPathComponent(file.path).path) {
            throw IOFailure(message: "'\(ProjectLoader.display(directory, file.path))' exists; flowc init never overwrites a file"
                                + (file.path == "flowc.yaml" ? " (the folder already holds a project)" : ""))
        }
        try OutputDirectory(path: directory).prepareForWriting()
        try OutputDirectory(path: directory).write(files)
        print("flowc: started project '\(project)' in '\(directory)'. Next:")
        let quoted = directory.contains(" ") ? "'\(directory)'" : directory
        let cd = directory == "." ? "" : "cd \(quoted) && "
        print("  \(cd)flowc check && flowc build && flowc report")
    }
}
