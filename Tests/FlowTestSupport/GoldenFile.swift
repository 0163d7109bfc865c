import Foundation

/// Compares output with a golden file under `Tests/…/Goldens`. With `FLOWC_UPDATE_GOLDENS=1`
/// in the environment, writes the output as the new golden instead.
public enum GoldenFile {
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["FLOWC_UPDATE_GOLDENS"] == "1" }

    /// nil when `actual` matches the golden (or the golden was just blessed); otherwise a
    /// message with a unified diff.
    public static func mismatch(_ actual: String, golden relative: String) -> String? {
        let url = Repository.url(relative)
        if isUpdating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "missing golden \(relative); run FLOWC_UPDATE_GOLDENS=1 swift test to create it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return "\(relative) differs (bless with FLOWC_UPDATE_GOLDENS=1 swift test):\n"
            + UnifiedDiff.diff(expected: expected, actual: actual)
    }
}
