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

    /// The most bytes flowc reads of one file: 8 MiB, 32 times the largest flow Connect stores
    /// (CreateContactFlow's `Content` is at most 256,000 characters:
    /// https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlow.html), so no
    /// real source comes near it. Readers stop one byte past it, so a huge file costs no more
    /// memory than this, and the compiler reports it (`file_too_large`) instead of reading on.
    public static let maximumByteCount = 8 << 20

    /// Whether the file was cut at `maximumByteCount`: it is larger than flowc reads.
    public var isTooLarge: Bool { contents.count > Self.maximumByteCount }
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
