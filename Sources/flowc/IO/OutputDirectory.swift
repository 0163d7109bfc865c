import FlowCompiler
import Foundation

/// The output directory on disk: reads what is there and applies an `OutputPlan`, writing each
/// file atomically (a temporary file in the same directory, then a rename) so that an
/// interrupted build never leaves a half-written file.
struct OutputDirectory {
    let path: String

    /// What a build may do here. A folder that does not exist or is empty is free; one whose
    /// manifest names this project (its name and flowc.yaml) is its own. One with another
    /// project's manifest, with none at all, or with one from an earlier flowc that did not record
    /// the project's flowc.yaml, is refused (exit 2) unless `force`.
    func claim(for owner: OutputOwner, force: Bool) throws -> OutputClaim {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return OutputClaim(owned: true) }
        guard isDirectory.boolValue else { throw IOFailure(message: "'\(path)' is a file; the output must be a folder") }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw IOFailure(message: "cannot list '\(path)': \(error.localizedDescription)")
        }
        if entries.isEmpty { return OutputClaim(owned: true) }
        let manifest = contents(of: OutputPlan.manifestPath)
        let line = manifest.flatMap(OutputPlan.project(inManifest:))
        let recorded = line.flatMap(OutputOwner.init(line:))
        if recorded == owner { return OutputClaim(owned: true) }
        if force { return OutputClaim(owned: false, generated: Set(manifest.map(OutputPlan.paths(inManifest:)) ?? [])) }
        let problem = switch (manifest, recorded) {
        case (nil, _): "'\(path)' holds files flowc did not write (it has no \(OutputPlan.manifestPath))"
        case (_?, nil): "'\(path)/\(OutputPlan.manifestPath)' was written by an earlier flowc that did not record which flowc.yaml it came from"
        case (_?, let other?) where other.name == owner.name:
            "'\(path)' holds the output of another project named '\(other.name)' (its flowc.yaml is \(other.projectFile) from there)"
        case (_?, let other?): "'\(path)' holds the output of project '\(other.name)' (its flowc.yaml is \(other.projectFile) from there)"
        }
        throw IOFailure(message: problem + "; nothing was written. Build into another folder (--out), or pass --force to write "
                            + "there: files flowc generated may be replaced, no other file is, and none is removed")
    }

    /// Makes sure files can be written here before any is: creates the folder (and its missing
    /// parents) and writes then removes a probe file. On failure, removes the folders it created
    /// and says why (`Permission denied`, `Read-only file system`), so nothing is left behind.
    func prepareForWriting() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw IOFailure(message: "'\(path)' is a file; the output must be a folder")
        }
        var missing: [String] = []
        var ancestor = URL(fileURLWithPath: path).standardizedFileURL
        while !FileManager.default.fileExists(atPath: ancestor.path), ancestor.path != "/" {
            missing.insert(ancestor.path, at: 0)
            ancestor.deleteLastPathComponent()
        }
        func undo() { for created in missing.reversed() { rmdir(created) } }
        for (position, folder) in missing.enumerated() where mkdir(folder, 0o777) != 0 {
            let reason = String(cString: strerror(errno))
            missing = Array(missing.prefix(position))
            undo()
            throw IOFailure(message: "cannot create the output folder '\(path)': \(reason) at '\(folder)'; nothing was written")
        }
        let probe = URL(fileURLWithPath: path).appendingPathComponent(".flowc-probe-\(getpid())").path
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            undo()
            throw IOFailure(message: "cannot write in the output folder '\(path)': \(reason); nothing was written")
        }
        close(descriptor)
        unlink(probe)
    }

    /// The temporary files a build stopped mid-write left behind (`.NAME.flowc-PID.tmp`, and
    /// write probes), as paths under the folder. Under the folder's lock no build is writing, so
    /// any there are leftovers. `nested` is a sub-folder that is an output folder of its own
    /// (the environment's), whose leftovers are its own to find.
    func leftovers(outside nested: String? = nil) -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: path) else { return [] }
        var found: [String] = []
        while let relative = walk.nextObject() as? String {
            if let nested, relative == nested || relative.hasPrefix(nested + "/") { continue }
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".flowc-probe-") || (name.hasPrefix(".") && name.contains(".flowc-") && name.hasSuffix(".tmp")) {
                found.append(relative)
            }
        }
        return found.sorted()
    }

    /// Removes `leftovers()`.
    func removeLeftovers(_ leftovers: [String]) throws {
        for relative in leftovers {
            do { try FileManager.default.removeItem(at: url(relative)) } catch {
                throw IOFailure(message: "cannot remove '\(url(relative).path)', left by an interrupted build: \(error.localizedDescription)")
            }
        }
    }

    /// Whether a file is at this path under the folder.
    func contains(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative).path) }

    /// The file's text, or nil when it does not exist or is not UTF-8.
    func contents(of relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: url(relative).path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Writes every file, each atomically (for files outside a build's plan: `flowc init`'s).
    func write(_ files: [OutputFile]) throws {
        for file in files {
            let staged = try stage(file).temporary
            guard rename(staged.path, url(file.path).path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(staged.path)
                throw IOFailure(message: "cannot replace '\(url(file.path).path)': \(reason)")
            }
        }
    }

    /// The file's contents under a temporary name beside where it goes (`.NAME.flowc-PID.tmp`),
    /// and the outermost folder made for it, if one was.
    func stage(_ file: OutputFile) throws -> (temporary: URL, createdFolder: URL?) {
        let target = url(file.path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).flowc-\(getpid()).tmp")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw IOFailure(message: "'\(target.path)' is a folder where flowc writes a file")
        }
        var created: URL?
        var ancestor = directory
        while !FileManager.default.fileExists(atPath: ancestor.path) {
            created = ancestor
            ancestor.deleteLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: created ?? temporary)
            throw IOFailure(message: "cannot write '\(target.path)': \(Self.reason(error))")
        }
        return (temporary, created)
    }

    /// Why a Foundation file operation failed, in the system's words where it has them.
    static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.domain == NSPOSIXErrorDomain ? underlying?.code : nil { return String(cString: strerror(Int32(code))) }
        return error.localizedDescription
    }

    func url(_ relative: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(relative)
    }
}

/// What a build may do in an output folder.
struct OutputClaim {
    /// Whether the folder is the project's own: only then may files its manifest lists be removed.
    var owned: Bool
    /// For a folder that is not, the files its manifest lists: generated files that a forced
    /// build may replace (any other file in the way stops it).
    var generated: Set<String> = []
}
