import FlowTestSupport
import Foundation
import Testing

/// End to end: the built `flowc build` on the repository's examples.
@Suite("flowc build", .serialized)
struct BuildCommandTests {
    @Test("builds the examples, then finds nothing to write and nothing stale")
    func buildTwice() throws {
        let out = try FlowcProcess.temporaryDirectory()
        let first = try FlowcProcess.run(["build", "--project", "Examples", "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let files = FlowcProcess.snapshot(out)
        #expect(files.keys.filter { $0.hasPrefix("connect/") }.count == 3)
        for (path, data) in files where path.hasSuffix(".json") {
            #expect(ConnectFlowValidator.problems(in: String(decoding: data, as: UTF8.self)).isEmpty, "\(path)")
        }
        let second = try FlowcProcess.run(["build", "--project", "Examples", "--out", out.path])
        #expect(second.stdout.contains("0 files written"))
        #expect(FlowcProcess.snapshot(out) == files)
        #expect(try FlowcProcess.run(["build", "--project", "Examples", "--out", out.path, "--check"]).status == 0)
    }

    @Test("--check lists stale, missing and extra files; build repairs them and spares other files")
    func checkAndRepair() throws {
        let out = try FlowcProcess.temporaryDirectory()
        _ = try FlowcProcess.run(["build", "--project", "Examples", "--out", out.path])
        try Data("edited".utf8).write(to: out.appendingPathComponent("connect/hello-world.json"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("graphviz/lambda-lookup.dot"))
        try Data("{}".utf8).write(to: out.appendingPathComponent("connect/retired.json"))
        try Data("mine".utf8).write(to: out.appendingPathComponent("connect/notes.txt"))
        let manifest = out.appendingPathComponent(".flowc-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + "connect/retired.json\n").write(to: manifest, atomically: true, encoding: .utf8)

        let check = try FlowcProcess.run(["build", "--project", "Examples", "--out", out.path, "--check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("stale: \(out.path)/connect/hello-world.json"))
        #expect(check.stdout.contains("missing: \(out.path)/graphviz/lambda-lookup.dot"))
        #expect(check.stdout.contains("extra: \(out.path)/connect/retired.json"))
        #expect(!check.stdout.contains("notes.txt"))

        #expect(try FlowcProcess.run(["build", "--project", "Examples", "--out", out.path]).status == 0)
        let files = FlowcProcess.snapshot(out)
        #expect(files["connect/retired.json"] == nil)
        #expect(files["connect/notes.txt"] == Data("mine".utf8))
        #expect(try FlowcProcess.run(["build", "--project", "Examples", "--out", out.path, "--check"]).status == 0)
    }

    @Test("a build with errors writes nothing and leaves earlier output intact")
    func errorsWriteNothing() throws {
        let project = try FlowcProcess.temporaryDirectory()
        let out = project.appendingPathComponent("generated")
        for name in ["flowc.yaml", "hello-world.yaml"] {
            try FileManager.default.copyItem(at: Repository.url("Examples/\(name)"), to: project.appendingPathComponent(name))
        }
        #expect(try FlowcProcess.run(["build", "--project", project.path, "--out", out.path]).status == 0)
        let before = FlowcProcess.snapshot(out)
        try Data("flow: hello-world\nblocks:\n  greeting:\n    play: Hi\n    next: nowhere\n".utf8)
            .write(to: project.appendingPathComponent("hello-world.yaml"))
        let broken = try FlowcProcess.run(["build", "--project", project.path, "--out", out.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("hello-world.yaml:5:11: error: no block named 'nowhere'"))
        #expect(broken.stderr.contains("nothing written"))
        #expect(FlowcProcess.snapshot(out) == before)
    }
}
