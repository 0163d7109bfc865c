import FlowCompiler
import Foundation

/// The output directory on disk: reads what is there and applies an `OutputPlan`, writing each
/// file atomically (a temporary file in the same directory, then a rename) so that an
/// interrupted build never leaves a half-written file.
struct OutputDirectory {
    let path: String

    /// The file's text, or nil when it does not exist or is not UTF-8.
    func contents(of relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: url(relative).path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    func apply(_ plan: OutputPlan) throws {
        for file in plan.writes { try write(file) }
        for relative in plan.deletions {
            do { try FileManager.default.removeItem(at: url(relative)) } catch {
                throw IOFailure(message: "cannot remove '\(url(relative).path)': \(error.localizedDescription)")
            }
        }
    }

    /// Writes every file, each atomically.
    func write(_ files: [OutputFile]) throws {
        for file in files { try write(file) }
    }

    private func write(_ file: OutputFile) throws {
        let target = url(file.path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).flowc-\(getpid()).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: temporary)
            guard rename(temporary.path, target.path) == 0 else {
                throw IOFailure(message: "cannot replace '\(target.path)': \(String(cString: strerror(errno)))")
            }
        } catch let failure as IOFailure {
            try? FileManager.default.removeItem(at: temporary)
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw IOFailure(message: "cannot write '\(target.path)': \(error.localizedDescription)")
        }
    }

    private func url(_ relative: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(relative)
    }
}
