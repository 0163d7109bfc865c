import FlowCore
import Foundation

/// Paths of the repository the tests run in.
public enum Repository {
    /// The package root, found from this file's path.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// A project directory of the repository read as the command-line tool reads it.
    public static func sources(_ directory: String) throws -> ProjectSources {
        let base = url(directory)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        var files: [SourceFile] = []
        for case let file as URL in enumerator where ["yaml", "yml"].contains(file.pathExtension) {
            let relative = String(file.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
            files.append(SourceFile(path: "\(directory)/\(relative)", relativePath: relative, contents: try Data(contentsOf: file)))
        }
        return ProjectSources(root: directory, files: files.sorted { $0.relativePath < $1.relativePath })
    }
}

/// In-memory projects for tests.
public enum Fixture {
    /// A minimal flowc.yaml declaring a few resources, used when a test does not give its own.
    public static let projectFile = """
        project: fixture
        queues:
          billing: Billing
          support: Support
        hours:
          main-hours: Office hours
        prompts:
          welcome: Welcome recording
        lambdas:
          lookup:
            inputs:
              phone: string
            outputs:
              id: string
        environments:
          prod:
            queues:
              billing: arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q
        """

    /// A project of the given files (relative path → text), with `projectFile` unless one is given.
    public static func project(_ files: [String: String]) -> ProjectSources {
        var all = files
        if all[ProjectSources.projectFileName] == nil { all[ProjectSources.projectFileName] = projectFile }
        return ProjectSources(root: "fixture", files: all.keys.sorted().map { path in
            SourceFile(path: "fixture/\(path)", relativePath: path, contents: Data(all[path]!.utf8))
        })
    }
}
