import FlowCore

/// The project an output folder belongs to, as its manifest records it: the project's name and
/// where its flowc.yaml is, relative to the output folder (`acme at ../flows-src/flowc.yaml`).
///
/// The path is what tells two projects apart — every `flowc init flows-src` makes a project
/// named `flows-src` — and, being relative, it stays the same in every checkout of a repository.
public struct OutputOwner: Sendable, Equatable {
    public var name: String
    /// flowc.yaml, relative to the output folder, with `/` separators.
    public var projectFile: String

    public init(name: String, projectFile: String) {
        self.name = name
        self.projectFile = projectFile
    }

    /// The manifest's project line, after `# project: `.
    public var line: String { "\(name) at \(projectFile)" }

    /// The owner a manifest's project line names; nil for a line from a flowc that recorded only
    /// the name (or nothing), which cannot tell two projects of one name apart.
    public init?(line: String) {
        guard let separator = line.range(of: " at ", options: .backwards) else { return nil }
        name = String(line[..<separator.lowerBound])
        projectFile = String(line[separator.upperBound...])
        guard !name.isEmpty, projectFile.hasSuffix(ProjectSources.projectFileName) else { return nil }
    }
}

