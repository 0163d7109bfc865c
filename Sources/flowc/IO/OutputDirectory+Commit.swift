import FlowCompiler
import Foundation

/// Applying a build so that the folder is never left half-written:
///
/// 1. every new file is staged beside its target under a temporary name; when one cannot be
///    (a full disk, a name too long), the staged files and the folders made for them are removed
///    and the folder is as it was;
/// 2. a journal, `.flowc-journal`, lists the renames and removals that remain, written atomically;
/// 3. the renames (the manifest last) and removals are carried out and the journal removed.
///
/// A build stopped during 3 leaves every file whole, old or new, and the journal: the next build
/// (or `flowc build --check`, which reports it) finds it, and the next build finishes it first.
extension OutputDirectory {
    static let journalPath = ".flowc-journal"

    /// Writes the plan's files and removes its deletions, as above.
    func apply(_ plan: OutputPlan) throws {
        var staged: [(temporary: URL, target: String)] = [], created: [URL] = []
        func undo() {
            for file in staged { unlink(file.temporary.path) }
            for folder in created.reversed() { try? FileManager.default.removeItem(at: folder) }
        }
        do {
            for file in plan.writes {
                let (temporary, folder) = try stage(file)
                staged.append((temporary, file.path))
                if let folder { created.append(folder) }
            }
        } catch {
            undo()
            throw error
        }
        let root = URL(fileURLWithPath: path).standardizedFileURL.path + "/"
        let lines = staged.map { "rename\t\(String($0.temporary.standardizedFileURL.path.dropFirst(root.count)))\t\($0.target)" }
            + plan.deletions.map { "remove\t\($0)" }
        do {
            try write([OutputFile(path: Self.journalPath, contents: lines.joined(separator: "\n") + "\n")])
        } catch {
            undo()
            throw error
        }
        try finishInterruptedBuild()
    }

    /// Whether a build was stopped after it began replacing files.
    var wasInterrupted: Bool { contains(Self.journalPath) }

    /// Carries out what the journal says is left: renames whose staged file is still there, and
    /// removals of files still there; then removes the journal. Returns whether there was one.
    @discardableResult
    func finishInterruptedBuild() throws -> Bool {
        guard let journal = contents(of: Self.journalPath) else { return false }
        for line in journal.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("rename", 3) where contains(fields[1]):
                guard rename(url(fields[1]).path, url(fields[2]).path) == 0 else {
                    throw IOFailure(message: "cannot replace '\(url(fields[2]).path)': \(String(cString: strerror(errno)))")
                }
            case ("remove", 2) where contains(fields[1]):
                do { try FileManager.default.removeItem(at: url(fields[1])) } catch {
                    throw IOFailure(message: "cannot remove '\(url(fields[1]).path)': \(Self.reason(error))")
                }
            case ("rename", 3), ("remove", 2):
                continue
            default:
                throw IOFailure(message: "'\(url(Self.journalPath).path)' is not a flowc journal (line '\(line.prefix(80))'); "
                                    + "nothing was written. Remove it and build again")
            }
        }
        guard unlink(url(Self.journalPath).path) == 0 else {
            throw IOFailure(message: "cannot remove '\(url(Self.journalPath).path)': \(String(cString: strerror(errno)))")
        }
        return true
    }
}
