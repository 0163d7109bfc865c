import FlowTestSupport
import Foundation
import Testing

/// flowc reads no more than 8 MiB of a file: a larger one is an error at its first line, and one
/// that never ends (a link to /dev/zero) is cut there instead of filling memory.
@Suite("flowc refuses files larger than it reads")
struct FileSizeLimitTests {
    private static let justTooLarge = (8 << 20) + 1

    /// Examples/ as a project in a fresh folder, plus `extra` flow files.
    private func project(adding extra: (URL) throws -> Void) throws -> URL {
        let directory = try FlowcProcess.temporaryDirectory()
        try FileManager.default.copyItem(at: Repository.url("Examples/flowc.yaml"), to: directory.appendingPathComponent("flowc.yaml"))
        try FileManager.default.copyItem(at: Repository.url("Examples/hello-world.yaml"),
                                         to: directory.appendingPathComponent("hello-world.yaml"))
        try extra(directory)
        return directory
    }

    @Test("a flow file one byte over the limit is located at its first line, and nothing is built")
    func oversizedFlowFile() throws {
        let directory = try project { folder in
            var text = Data("flow: huge\nblocks:\n  bye:\n    disconnect:\n".utf8)
            text.append(Data(repeating: UInt8(ascii: "#"), count: Self.justTooLarge - text.count))
            try text.write(to: folder.appendingPathComponent("huge.yaml"))
        }
        let check = try FlowcProcess.run(["check", "--project", directory.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("huge.yaml:1:1: error: '") && check.stdout.contains("[file_too_large]"))
        let build = try FlowcProcess.run(["build", "--project", directory.path, "--out", directory.appendingPathComponent("out").path])
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test("a flow file at the limit is read")
    func flowFileAtTheLimit() throws {
        let directory = try project { folder in
            var text = Data("flow: large\nblocks:\n  bye:\n    disconnect:\n".utf8)
            text.append(Data(repeating: UInt8(ascii: "#"), count: Self.justTooLarge - 1 - text.count))
            try text.write(to: folder.appendingPathComponent("large.yaml"))
        }
        let check = try FlowcProcess.run(["check", "--project", directory.path])
        #expect(!check.stdout.contains("file_too_large"))
        #expect(check.status == 0)
    }

    @Test("a flow file linked to /dev/zero is cut at the limit and reported, not read forever")
    func endlessFlowFile() throws {
        let directory = try project { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.yaml").path,
                                                       withDestinationPath: "/dev/zero")
        }
        let check = try FlowcProcess.run(["check", "--project", directory.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("zero.yaml:1:1: error:") && check.stdout.contains("[file_too_large]"))
    }

    @Test("Connect JSON over the limit, checked or imported, is located at its first line")
    func oversizedConnectJSON() throws {
        let directory = try FlowcProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("big.json")
        var json = try Data(contentsOf: Repository.url("generated/connect/agent-hold.json"))
        json.append(Data(repeating: UInt8(ascii: " "), count: Self.justTooLarge - json.count))
        try json.write(to: file)
        for arguments in [["check", file.path], ["import", file.path, "--out", directory.appendingPathComponent("imported").path]] {
            let run = try FlowcProcess.run(arguments)
            #expect(run.status == 1, "\(arguments[0])")
            let output = run.stdout + run.stderr
            #expect(output.contains("big.json:1:1: error:") && output.contains("[file_too_large]"), "\(arguments[0])")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("imported").path))
    }
}
