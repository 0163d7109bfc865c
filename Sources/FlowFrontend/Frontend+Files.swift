import FlowCore
import Foundation

extension Frontend {
    /// The flow files: `.yaml` and `.yml` files under the project's flows directory, sorted.
    static func flowFiles(of sources: ProjectSources, project: ProjectConfig, projectFile: SourceFile,
                          sink: DiagnosticSink) -> [SourceFile] {
        let directory = project.flowsDirectory.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let prefix = directory == "." || directory.isEmpty ? "" : directory + "/"
        let files = sources.files.filter { file in
            file.relativePath != ProjectSources.projectFileName && file.relativePath.hasPrefix(prefix)
                && (file.relativePath.hasSuffix(".yaml") || file.relativePath.hasSuffix(".yml"))
        }
        if files.isEmpty {
            sink.report(.noFlows, "no flow files (*.yaml) under '\(prefix.isEmpty ? "." : directory)' in '\(sources.root)'",
                        at: project.flowsLocation ?? SourceLocation(file: projectFile.path))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    /// The file's text, or nil after reporting that it is too large, or where it stops being UTF-8.
    static func decode(_ file: SourceFile, sink: DiagnosticSink) -> String? {
        guard !reportIfTooLarge(file, sink: sink) else { return nil }
        var bytes = [UInt8](file.contents)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(bytes: bytes, encoding: .utf8) {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                sink.report(.emptyFile, "'\(file.path)' is empty", at: SourceLocation(file: file.path, line: 1, column: 1))
                return nil
            }
            return text
        }
        let offset = firstInvalidUTF8Offset(bytes)
        let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
        var location = YAMLLoader.location(ofUTF8Offset: prefix.utf8.count, in: prefix + " ", file: file.path)
        if location.line == 0 { location = SourceLocation(file: file.path, line: 1, column: 1) }
        sink.report(.invalidEncoding, "'\(file.path)' is not UTF-8 text (invalid byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))",
                    at: location)
        return nil
    }

    /// Reports a file cut at `SourceFile.maximumByteCount`, at its first line (nothing in it is
    /// read); whether it did.
    static func reportIfTooLarge(_ file: SourceFile, sink: DiagnosticSink) -> Bool {
        guard file.isTooLarge else { return false }
        sink.report(.fileTooLarge, "'\(file.path)' is larger than the \(SourceFile.maximumByteCount >> 20) MiB flowc reads of a file "
                        + "(Connect stores at most 256,000 characters of a flow); split it, or check that it is the file you meant",
                    at: SourceLocation(file: file.path, line: 1, column: 1))
        return true
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += String(scalar).utf8.count
            case .emptyInput: return min(offset, max(bytes.count - 1, 0))
            case .error: return offset
            }
        }
    }
}
