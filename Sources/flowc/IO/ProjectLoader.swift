import FlowCompiler
import Foundation

/// Reads a project directory into memory: `flowc.yaml` and every `.yaml`/`.yml` file below it,
/// skipping hidden files and folders, and following symbolic links (each folder read once, so
/// a link back up the tree cannot loop; a flow file's link to nothing is an error, not a flow
/// quietly left out).
enum ProjectLoader {
    static func load(_ directory: String) throws -> ProjectSources {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw IOFailure(message: "no such project directory '\(directory)'")
        }
        guard isDirectory.boolValue else {
            throw IOFailure(message: "'\(directory)' is a file; --project names a directory holding flowc.yaml")
        }
        let root = URL(fileURLWithPath: directory)
        var isFolder: ObjCBool = false
        let projectFile = root.appendingPathComponent(ProjectSources.projectFileName).path
        guard FileManager.default.fileExists(atPath: projectFile, isDirectory: &isFolder), !isFolder.boolValue else {
            throw IOFailure(message: "no \(ProjectSources.projectFileName) in '\(directory)'; a project folder holds one "
                                + "(`flowc init \(directory)` starts a project there)")
        }
        var files: [SourceFile] = []
        for relative in try yamlFiles(under: root, shownAs: directory) {
            let data: Data
            do { data = try SourceFileReader.contents(atPath: root.appendingPathComponent(relative).path) } catch {
                throw IOFailure(message: "cannot read '\(display(directory, relative))'")
            }
            files.append(SourceFile(path: display(directory, relative), relativePath: relative, contents: data))
        }
        return ProjectSources(root: directory, files: files)
    }

    /// Paths relative to `root`, sorted.
    private static func yamlFiles(under root: URL, shownAs directory: String) throws -> [String] {
        var found: [String] = []
        var pending = [""]
        var visited = Set<String>()
        while let relative = pending.popLast() {
            let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
            guard visited.insert(url.resolvingSymlinksInPath().path).inserted else { continue }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: url.path) } catch {
                throw IOFailure(message: "cannot list '\(url.path)': \(error.localizedDescription)")
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : "\(relative)/\(name)"
                var isDirectory: ObjCBool = false
                let path = root.appendingPathComponent(child).path
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    guard name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
                          let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { continue }
                    throw IOFailure(message: "'\(display(directory, child))' is a symbolic link to '\(target)', which does not exist")
                }
                if isDirectory.boolValue {
                    pending.append(child)
                } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    found.append(child)
                }
            }
        }
        return found.sorted()
    }

    /// `flows-src/flows/main.yaml` for diagnostics; no `./` prefix for the current directory.
    static func display(_ directory: String, _ relative: String) -> String {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return base == "." || base.isEmpty ? relative : "\(base)/\(relative)"
    }
}
