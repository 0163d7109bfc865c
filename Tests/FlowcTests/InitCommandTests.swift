import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// `flowc init`: a new project that builds, checks and reports clean as written, from its own
/// folder, and never overwrites a file.
@Suite("flowc init", .serialized)
struct InitCommandTests {
    @Test("a new project checks, builds and reports clean with --strict, found from its own folder")
    func newProject() throws {
        let parent = try FlowcProcess.temporaryDirectory()
        let created = try FlowcProcess.run(["init", "Acme Support"], in: parent)
        #expect(created.status == 0, "\(created.stderr)")
        let project = parent.appendingPathComponent("Acme Support")
        let yaml = try String(contentsOf: project.appendingPathComponent("flowc.yaml"), encoding: .utf8)
        #expect(yaml.contains("project: acme-support") && yaml.hasPrefix("# yaml-language-server: $schema=flowc.schema.json"))
        #expect(try String(contentsOf: project.appendingPathComponent("flowc.schema.json"), encoding: .utf8) == FlowcSchema.json)
        let check = try FlowcProcess.run(["check", "--strict"], in: project)
        #expect(check.status == 0 && check.stdout == "no problems\n", "\(check.stdout)")
        #expect(try FlowcProcess.run(["build", "--strict"], in: project).status == 0)
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("generated/connect/welcome.json").path))
        #expect(try FlowcProcess.run(["report"], in: project).stdout.contains("at most 3 attempts"))
    }

    @Test("init never overwrites: a folder with a project, or with a file it would write, is refused; a .gitignore gains lines")
    func neverOverwrites() throws {
        let folder = try FlowcProcess.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("flows"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("flows/welcome.yaml"))
        let refused = try FlowcProcess.run(["init", folder.path])
        #expect(refused.status == 2 && refused.stderr.contains("welcome.yaml' exists"))
        #expect(FlowcProcess.snapshot(folder).keys.sorted() == ["flows/welcome.yaml"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("flows"))

        try Data("node_modules/".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        #expect(try FlowcProcess.run(["init", folder.path]).status == 0)
        let ignored = try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignored.hasPrefix("node_modules/\n\n# Environment builds") && ignored.contains("\ngenerated/env/\n"))
        let again = try FlowcProcess.run(["init", folder.path])
        #expect(again.status == 2 && again.stderr.contains("already holds a project"))
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8) == ignored)
    }

    @Test("a --name that cannot name a project is a usage error, and nothing is written")
    func badName() throws {
        let folder = try FlowcProcess.temporaryDirectory()
        let result = try FlowcProcess.run(["init", folder.path, "--name", "a: b"])
        #expect(result.status == 2, "\(result.status)")
        #expect(result.stderr.contains("cannot name a project"))
        #expect(FlowcProcess.snapshot(folder).isEmpty)
    }

    @Test("project names come from the folder's name")
    func names() {
        #expect(ProjectTemplate.projectName(forFolder: "Acme Support") == "acme-support")
        #expect(ProjectTemplate.projectName(forFolder: "2024_ivr") == "contact-centre-2024-ivr")
        #expect(ProjectTemplate.projectName(forFolder: "…") == "contact-centre")
    }
}
