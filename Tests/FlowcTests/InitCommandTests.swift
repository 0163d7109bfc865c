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

    @Test("init never overwrites: a folder with a project, or with a file it would write, is refused")
    func neverOverwrites() throws {
        let folder = try FlowcProcess.temporaryDirectory()
        try Data("# mine\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        let refused = try FlowcProcess.run(["init", folder.path])
        #expect(refused.status == 2 && refused.stderr.contains(".gitignore' exists"))
        #expect(FlowcProcess.snapshot(folder).keys.sorted() == [".gitignore"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".gitignore"))
        #expect(try FlowcProcess.run(["init", folder.path]).status == 0)
        let again = try FlowcProcess.run(["init", folder.path])
        #expect(again.status == 2 && again.stderr.contains("already holds a project"))
    }

    @Test("project names come from the folder's name")
    func names() {
        #expect(ProjectTemplate.projectName(forFolder: "Acme Support") == "acme-support")
        #expect(ProjectTemplate.projectName(forFolder: "2024_ivr") == "contact-centre-2024-ivr")
        #expect(ProjectTemplate.projectName(forFolder: "…") == "contact-centre")
    }
}
