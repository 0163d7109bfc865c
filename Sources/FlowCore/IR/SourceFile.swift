import Foundation

/// A file handed to the compiler: its bytes and where it is.
public struct SourceFile: Sendable, Hashable {
    /// The path diagnostics show, as the user would type it (`flows-src/flows/main.yaml`).
    public var path: String
    /// The path inside the project directory, `/`-separated (`flows/main.yaml`).
    public var relativePath: String
    public var contents: Data

    public init(path: String, relativePath: String, contents: Data) {
        self.path = path
        self.relativePath = relativePath
        self.contents = contents
    }
}

/// The files of one project, read into memory by the command-line tool.
public struct ProjectSources: Sendable {
    /// The project directory as the user named it.
    public var root: String
    public var files: [SourceFile]

    public init(root: String, files: [SourceFile]) {
        self.root = root
        self.files = files
    }

    /// The name of the project file, at the root of the project directory.
    public static let projectFileName = "flowc.yaml"
}
