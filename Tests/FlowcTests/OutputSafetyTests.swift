import FlowTestSupport
import Foundation
import Testing

/// A build never loses a file: it writes only into a folder that is its project's own, empty or
/// new, and removes only what its own manifest lists.
@Suite("flowc build never loses a file", .serialized)
struct OutputSafetyTests {
    /// A copy of one example flow as a project named `name`, in a fresh folder.
    private func project(_ name: String) throws -> URL {
        let directory = try FlowcProcess.temporaryDirectory()
        let text = try String(contentsOf: Repository.url("Examples/flowc.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "project: examples", with: "project: \(name)")
        try text.write(to: directory.appendingPathComponent("flowc.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Repository.url("Examples/hello-world.yaml"),
                                         to: directory.appendingPathComponent("hello-world.yaml"))
        return directory
    }

    @Test("another project's output is refused, untouched; --force writes beside it and removes none of it")
    func anotherProjectsFolder() throws {
        let first = try project("first"), second = try project("second")
        let out = try FlowcProcess.temporaryDirectory()
        #expect(try FlowcProcess.run(["build", "--project", first.path, "--out", out.path]).status == 0)
        try Data("{}".utf8).write(to: out.appendingPathComponent("connect/first-only.json"))
        let manifest = out.appendingPathComponent(".flowc-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + "connect/first-only.json\n").write(to: manifest, atomically: true, encoding: .utf8)
        let before = FlowcProcess.snapshot(out)

        let refused = try FlowcProcess.run(["build", "--project", second.path, "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("holds the output of project 'first'"))
        #expect(FlowcProcess.snapshot(out) == before)
        #expect(try FlowcProcess.run(["build", "--project", second.path, "--out", out.path, "--check"]).status == 2)

        #expect(try FlowcProcess.run(["build", "--project", second.path, "--out", out.path, "--force"]).status == 0)
        #expect(FlowcProcess.snapshot(out)["connect/first-only.json"] == Data("{}".utf8))
    }

    @Test("a folder flowc did not write is refused unless --force, which adds files and removes none")
    func foreignFolder() throws {
        let source = try project("solo")
        let out = try FlowcProcess.temporaryDirectory()
        try Data("theirs".utf8).write(to: out.appendingPathComponent("README.md"))
        let refused = try FlowcProcess.run(["build", "--project", source.path, "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("holds files flowc did not write"))
        #expect(FlowcProcess.snapshot(out).keys.sorted() == ["README.md"])
        #expect(try FlowcProcess.run(["build", "--project", source.path, "--out", out.path, "--force"]).status == 0)
        #expect(FlowcProcess.snapshot(out)["README.md"] == Data("theirs".utf8))
        #expect(FlowcProcess.snapshot(out)["connect/hello-world.json"] != nil)
    }

    @Test("in its own folder a build removes only files its manifest lists: tool artefacts stay")
    func ownFolder() throws {
        let source = try project("own")
        let out = source.appendingPathComponent("generated")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        try FileManager.default.createDirectory(at: out.appendingPathComponent(".terraform"), withIntermediateDirectories: true)
        try Data("state".utf8).write(to: out.appendingPathComponent(".terraform/state"))
        try Data("notes".utf8).write(to: out.appendingPathComponent("connect/notes.md"))
        try FileManager.default.removeItem(at: source.appendingPathComponent("hello-world.yaml"))
        try Data("flow: other\nblocks:\n  bye:\n    disconnect:\n".utf8).write(to: source.appendingPathComponent("other.yaml"))
        let rebuilt = try FlowcProcess.run(["build", "--project", source.path])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        let files = FlowcProcess.snapshot(out)
        #expect(files["connect/hello-world.json"] == nil && files["connect/other.json"] != nil)
        #expect(files[".terraform/state"] == Data("state".utf8) && files["connect/notes.md"] == Data("notes".utf8))
    }

    @Test("without --out a project builds beside its flowc.yaml (or its `output:`), never into the current folder")
    func outputBesideProject() throws {
        let source = try project("beside")
        let elsewhere = try FlowcProcess.temporaryDirectory()
        #expect(try FlowcProcess.run(["build", "--project", source.path], in: elsewhere).status == 0)
        #expect(FlowcProcess.snapshot(elsewhere).isEmpty)
        #expect(FileManager.default.fileExists(atPath: source.appendingPathComponent("generated/connect/hello-world.json").path))

        let yaml = source.appendingPathComponent("flowc.yaml")
        let beside = "\(source.lastPathComponent)-out"
        try (String(contentsOf: yaml, encoding: .utf8) + "\noutput: ../\(beside)\n").write(to: yaml, atomically: true, encoding: .utf8)
        #expect(try FlowcProcess.run(["build"], in: source).status == 0)
        let manifest = source.deletingLastPathComponent().appendingPathComponent("\(beside)/.flowc-manifest")
        #expect(try String(contentsOf: manifest, encoding: .utf8).contains("# project: beside at ../\(source.lastPathComponent)/flowc.yaml"))
        try FileManager.default.removeItem(at: manifest.deletingLastPathComponent())
    }

    @Test("an output path that is a file, or an absolute `output:`, is a clear error")
    func badOutputs() throws {
        let source = try project("bad")
        let file = source.appendingPathComponent("hello-world.yaml")
        let onFile = try FlowcProcess.run(["build", "--project", source.path, "--out", file.path])
        #expect(onFile.status == 2 && onFile.stderr.contains("is a file; the output must be a folder"))
        let yaml = source.appendingPathComponent("flowc.yaml")
        try (String(contentsOf: yaml, encoding: .utf8) + "\noutput: /etc/flowc\n").write(to: yaml, atomically: true, encoding: .utf8)
        let absolute = try FlowcProcess.run(["build", "--project", source.path])
        #expect(absolute.status == 1 && absolute.stderr.contains("'output' must be a folder relative to flowc.yaml"))
    }

    @Test("a read-only output folder, or one that cannot be created, is a clear error and nothing is left behind")
    func unwritableOutputs() throws {
        let source = try project("locked")
        let parent = try FlowcProcess.temporaryDirectory()
        let locked = parent.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        for folder in [source, parent] { try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        for (out, message) in [(locked, "cannot write in the output folder"), (locked.appendingPathComponent("deeper/out"), "cannot create the output folder")] {
            let result = try FlowcProcess.run(["build", "--project", source.path, "--out", out.path], unprivileged: true)
            #expect(result.status == 2 && result.stderr.contains(message) && result.stderr.contains("Permission denied"), "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
        }
        let nowhere = try FlowcProcess.run(["build", "--project", source.path, "--out", "/proc/flowc-output"])
        #expect(nowhere.status == 2 && nowhere.stderr.contains("cannot create the output folder '/proc/flowc-output'"))
        #expect(try FlowcProcess.run(["build", "--check", "--project", source.path, "--out", parent.appendingPathComponent("new").path]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("new").path), "--check creates nothing")
    }

    @Test("an unreadable flowc.yaml is a clear error, exit 2")
    func unreadableProject() throws {
        let source = try project("unreadable")
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: source.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: source.appendingPathComponent("flowc.yaml").path)
        let result = try FlowcProcess.run(["check"], in: source, unprivileged: true)
        #expect(result.status == 2 && result.stderr.contains("cannot read"), "\(result.stderr)")
    }

    @Test("commands find their project from any folder inside it, as git does")
    func discovery() throws {
        let source = try project("found")
        let inside = source.appendingPathComponent("deep/er")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        let check = try FlowcProcess.run(["check"], in: inside)
        #expect(check.status == 0 && check.stdout.contains("no problems"), "\(check.stderr)")
        #expect(try FlowcProcess.run(["report"], in: inside).stdout.contains("hello-world (CONTACT_FLOW)"))
        #expect(try FlowcProcess.run(["graph", "hello-world"], in: inside).stdout.hasPrefix("// Generated by flowc"))
        let nowhere = try FlowcProcess.run(["check"], in: FileManager.default.temporaryDirectory)
        #expect(nowhere.status == 2 && nowhere.stderr.contains("flowc init"))

        // A flow file named from below or beside its project is found through the parents of its full path.
        let flows = source.appendingPathComponent("flows")
        try FileManager.default.createDirectory(at: flows, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: source.appendingPathComponent("hello-world.yaml"), to: flows.appendingPathComponent("hello-world.yaml"))
        let yaml = source.appendingPathComponent("flowc.yaml")
        try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "flows: .", with: "flows: flows")
            .write(to: yaml, atomically: true, encoding: .utf8)
        for arguments in [["check", "hello-world.yaml"], ["check", "./hello-world.yaml"], ["report", "hello-world.yaml"]] {
            let result = try FlowcProcess.run(arguments, in: flows)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        // A YAML file the project does not read is not "no problems".
        try Data("flow: x\n  bad: [\n".utf8).write(to: source.appendingPathComponent("notes.yaml"))
        let unread = try FlowcProcess.run(["check", "notes.yaml"], in: source)
        #expect(unread.status == 2 && unread.stderr.contains("is not one of the project's flow files"), "\(unread.stderr)")
    }

    @Test("a symbolic link to the flows folder is followed, and a link back up the tree does not loop")
    func symlinkedFlows() throws {
        let source = try project("linked")
        let elsewhere = try FlowcProcess.temporaryDirectory()
        try FileManager.default.moveItem(at: source.appendingPathComponent("hello-world.yaml"), to: elsewhere.appendingPathComponent("hello-world.yaml"))
        try FileManager.default.createSymbolicLink(atPath: source.appendingPathComponent("flows").path, withDestinationPath: elsewhere.path)
        try FileManager.default.createSymbolicLink(atPath: elsewhere.appendingPathComponent("up").path, withDestinationPath: source.path)
        let report = try FlowcProcess.run(["report", source.path])
        #expect(report.status == 0 && report.stdout.contains("hello-world (CONTACT_FLOW)"), "\(report.stderr)")
        try FileManager.default.createSymbolicLink(atPath: elsewhere.appendingPathComponent("gone.yaml").path, withDestinationPath: "moved.yaml")
        let dangling = try FlowcProcess.run(["check", source.path])
        #expect(dangling.status == 2 && dangling.stderr.contains("gone.yaml' is a symbolic link to 'moved.yaml', which does not exist"))
    }

    @Test("a temporary file a stopped build left is reported by --check and removed by the next build")
    func interruptedBuild() throws {
        let source = try project("interrupted")
        let out = source.appendingPathComponent("generated")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        let leftover = out.appendingPathComponent("connect/.hello-world.json.flowc-4242.tmp")
        try Data("{\"Version\": \"2019-".utf8).write(to: leftover)
        let check = try FlowcProcess.run(["build", "--project", source.path, "--check"])
        #expect(check.status == 1 && check.stdout.contains("interrupted: ") && check.stdout.contains(".hello-world.json.flowc-4242.tmp"))
        let build = try FlowcProcess.run(["build", "--project", source.path])
        #expect(build.status == 0 && build.stdout.contains("removed 1 temporary files an interrupted build left"))
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(try FlowcProcess.run(["build", "--project", source.path, "--check"]).status == 0)
    }

    @Test("while one build holds the output folder, another fails at once and writes nothing")
    func concurrentBuilds() throws {
        let first = try project("first"), second = try project("second")
        let out = try FlowcProcess.temporaryDirectory()
        // The lock a running build holds: flock on the folder itself.
        let held = open(out.path, O_RDONLY | O_DIRECTORY)
        #expect(held >= 0 && flock(held, LOCK_EX | LOCK_NB) == 0)
        let blocked = try FlowcProcess.run(["build", "--project", second.path, "--out", out.path])
        #expect(blocked.status == 2 && blocked.stderr.contains("another flowc build is writing into"))
        #expect(FlowcProcess.snapshot(out).isEmpty)
        close(held)
        #expect(try FlowcProcess.run(["build", "--project", first.path, "--out", out.path]).status == 0)
        #expect(FlowcProcess.snapshot(out)["connect/hello-world.json"] != nil)
    }
}
