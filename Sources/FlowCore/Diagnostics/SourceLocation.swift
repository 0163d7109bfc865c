/// A position in a source file: 1-based line and column.
///
/// A line of 0 means the whole file (a problem with no better position, such as a file that cannot
/// be read). Columns count Unicode scalars, as the YAML and JSON readers do.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path, as the user named it or relative to the project.
    public var file: String
    /// The 1-based line, or 0 for the whole file.
    public var line: Int
    /// The 1-based column, or 0 for the whole line.
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out the parts that are 0.
    public var description: String {
        guard line > 0 else { return file }
        guard column > 0 else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
