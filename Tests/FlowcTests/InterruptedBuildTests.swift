import FlowTestSupport
import Foundation
import Testing

/// A build stopped at any moment, or refused by a full disk, never leaves a half-written output
/// folder: every file is whole (as before or as after), and the next build makes the set
/// consistent (issue 14).
@Suite("flowc build is never half-written", .serialized)
struct InterruptedBuildTests {
    /// A one-flow project whose greeting is `greeting`, and the folder its build writes.
    private func project(greeting: String) throws -> URL {
        let directory = try FlowcProcess.temporaryDirectory()
        let text = try String(contentsOf: Repository.url("Examples/flowc.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "project: examples", with: "project: interrupted")
        try text.write(to: directory.appendingPathComponent("flowc.yaml"), atomically: true, encoding: .utf8)
        try greet(directory, greeting)
        return directory
    }

    private func greet(_ directory: URL, _ greeting: String) throws {
        let flow = try String(contentsOf: Repository.url("Examples/hello-world.yaml"), encoding: .utf8)
        let changed = flow.replacingOccurrences(of: "Hello", with: greeting)
        #expect(changed != flow || greeting == "Hello")
        try changed.write(to: directory.appendingPathComponent("hello-world.yaml"), atomically: true, encoding: .utf8)
    }

    /// Files a reader would see (not flowc's temporary files, write probes or journal).
    private func visible(_ directory: URL) -> [String: Data] {
        FlowcProcess.snapshot(directory).filter { path, _ in
            !path.hasSuffix(".tmp") && !path.hasSuffix(".flowc-journal") && !(path as NSString).lastPathComponent.hasPrefix(".flowc-probe-")
        }
    }

    @Test("a disk that fills up while a build writes leaves the previous output exactly as it was")
    func fullDisk() throws {
        let source = try project(greeting: "Hello")
        let out = source.appendingPathComponent("generated")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        let before = FlowcProcess.snapshot(out)
        try greet(source, "Good morning, and welcome to a much longer greeting than before")
        // Files over 1 KB cannot be written (RLIMIT_FSIZE; SIGXFSZ ignored, so the write fails
        // with EFBIG as on a full disk), so some of the build's files fit and some do not.
        let command = "ulimit -f 1; trap '' XFSZ; exec '\(FlowcProcess.executable.path)' build --project '\(source.path)'"
        let limited = try FlowcProcess.run(["/bin/bash", "-c", command], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(limited.status != 0 && limited.stderr.contains("cannot write"))
        #expect(FlowcProcess.snapshot(out) == before, "no new file, no temporary file, the manifest as it was")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        #expect(try FlowcProcess.run(["build", "--project", source.path, "--check"]).status == 0)
    }

    @Test("a build killed at seeded random moments leaves whole files, old or new; the next build finishes the set")
    func killed() throws {
        let source = try project(greeting: "Hello")
        let out = source.appendingPathComponent("generated")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        let old = FlowcProcess.snapshot(out)
        try greet(source, "Good afternoon")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        let new = FlowcProcess.snapshot(out)
        #expect(new != old)
        var random = SplitMix(seed: 14)
        for _ in 0..<24 {
            try? FileManager.default.removeItem(at: out)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            for (path, data) in old {
                let file = out.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
            let build = Process()
            build.executableURL = FlowcProcess.executable
            build.arguments = ["build", "--project", source.path]
            build.standardOutput = FileHandle.nullDevice
            build.standardError = FileHandle.nullDevice
            try build.run()
            usleep(UInt32(random.next() % 40_000))
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            for (path, data) in visible(out) {
                #expect(data == old[path] || data == new[path], "\(path) is not whole: \(String(decoding: data.prefix(80), as: UTF8.self))")
            }
            if FileManager.default.fileExists(atPath: out.appendingPathComponent(".flowc-journal").path) {
                let check = try FlowcProcess.run(["build", "--project", source.path, "--check"])
                #expect(check.status == 1 && check.stdout.contains("interrupted:"))
            }
            #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
            #expect(FlowcProcess.snapshot(out) == new, "the next build leaves exactly the new output")
        }
    }

    @Test("a build stopped while replacing files leaves a journal: --check reports it, the next build finishes it first")
    func journal() throws {
        let source = try project(greeting: "Hello")
        let out = source.appendingPathComponent("generated")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        let old = FlowcProcess.snapshot(out)
        try greet(source, "Good evening")
        #expect(try FlowcProcess.run(["build", "--project", source.path]).status == 0)
        let new = FlowcProcess.snapshot(out)
        // The moment between two renames: the flow replaced, the manifest staged but not yet.
        for (path, data) in old { try data.write(to: out.appendingPathComponent(path)) }
        try new["connect/hello-world.json"]!.write(to: out.appendingPathComponent("connect/hello-world.json"))
        try new[".flowc-manifest"]!.write(to: out.appendingPathComponent(".flowc-manifest.flowc-77.tmp"))
        try Data("rename\tconnect/.hello-world.json.flowc-77.tmp\tconnect/hello-world.json\nrename\t.flowc-manifest.flowc-77.tmp\t.flowc-manifest\n".utf8)
            .write(to: out.appendingPathComponent(".flowc-journal"))
        let check = try FlowcProcess.run(["build", "--project", source.path, "--check"])
        #expect(check.status == 1 && check.stdout.contains("interrupted: ") && check.stdout.contains(".flowc-journal"))
        let finish = try FlowcProcess.run(["build", "--project", source.path])
        #expect(finish.status == 0 && finish.stdout.contains("finished writing what a stopped build had begun"))
        #expect(FlowcProcess.snapshot(out) == new)
        try Data("garbage".utf8).write(to: out.appendingPathComponent(".flowc-journal"))
        let refused = try FlowcProcess.run(["build", "--project", source.path])
        #expect(refused.status == 2 && refused.stderr.contains("is not a flowc journal"))
    }

    @Test("a temporary file left in the environment's folder is reported once and removed once")
    func environmentLeftover() throws {
        let source = try project(greeting: "Hello")
        let out = source.appendingPathComponent("generated")
        #expect(try FlowcProcess.run(["build", "--project", source.path, "--env", "prod"]).status == 0)
        try Data("half".utf8).write(to: out.appendingPathComponent("env/prod/connect/.hello-world.json.flowc-77.tmp"))
        let check = try FlowcProcess.run(["build", "--project", source.path, "--env", "prod", "--check"])
        #expect(check.status == 1)
        #expect(check.stdout.components(separatedBy: ".hello-world.json.flowc-77.tmp").count == 2, "\(check.stdout)")
        let build = try FlowcProcess.run(["build", "--project", source.path, "--env", "prod"])
        #expect(build.status == 0 && build.stdout.contains("removed 1 temporary files"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("env/prod/connect/.hello-world.json.flowc-77.tmp").path))
    }
}

/// SplitMix64: a seeded sequence, the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
