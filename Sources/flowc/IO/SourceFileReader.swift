import FlowCompiler
import Foundation

/// Reads the files flowc compiles, never more of one than `SourceFile.maximumByteCount` and a
/// byte: enough for the compiler to report a file that is too large, at its place, without a
/// multi-gigabyte file (or `/dev/zero` behind a link) filling memory first.
enum SourceFileReader {
    /// The file's bytes, cut one byte past the limit.
    static func contents(atPath path: String) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw IOFailure(message: "cannot read '\(path)'") }
        defer { try? handle.close() }
        do {
            return try handle.read(upToCount: SourceFile.maximumByteCount + 1) ?? Data()
        } catch {
            throw IOFailure(message: "cannot read '\(path)': \(error.localizedDescription)")
        }
    }

    /// A source file read from `path`, shown in diagnostics as `path`.
    static func sourceFile(atPath path: String, relativePath: String) throws -> SourceFile {
        SourceFile(path: path, relativePath: relativePath, contents: try contents(atPath: path))
    }
}
