import Foundation

/// The real Connect exports in `../shared/corpus`, read by path (never copied into the
/// repository), with their formats from `MANIFEST.tsv`.
public enum Corpus {
    /// One row of MANIFEST.tsv: the file and its format (`current`, `module` or `legacy`).
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var format: String

        /// Whether the file is flow language (current format or a module), not a legacy export.
        public var isFlowLanguage: Bool { format != "legacy" }
    }

    public static let directory = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Every row of MANIFEST.tsv (file, repo, path, commit, format, actions, note), in order.
    public static let entries: [Entry] = {
        guard let manifest = try? String(contentsOf: directory.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else { return [] }
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return columns.count > 4 ? Entry(file: columns[0], format: columns[4]) : nil
        }
    }()

    public static func url(_ file: String) -> URL { directory.appendingPathComponent(file) }
}
