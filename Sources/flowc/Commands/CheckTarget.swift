import FlowCompiler
import Foundation

/// What `flowc check` was asked to check.
enum CheckTarget: Equatable {
    /// A project; with a file, only that file's diagnostics are shown.
    case project(String, file: String?)
    /// A Connect flow-language JSON file.
    case connectJSON(String)

    /// Resolves each path: a directory is a project; a YAML file belongs to the nearest
    /// directory above it holding flowc.yaml; a JSON file is Connect flow language.
    static func resolve(_ paths: [String]) throws -> [CheckTarget] {
        try paths.map { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IOFailure(message: "no such file or directory '\(path)'")
            }
            if isDirectory.boolValue { return .project(path, file: nil) }
            if path.hasSuffix(".json") { return .connectJSON(path) }
            guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else {
                throw IOFailure(message: "'\(path)' is not a flowc project, a flow file (*.yaml) or Connect flow JSON (*.json)")
            }
            return try project(containing: path)
        }
    }

    /// The project of the nearest folder above the file (wherever it was named from) holding
    /// flowc.yaml, and the file as that project's diagnostics name it.
    private static func project(containing path: String) throws -> CheckTarget {
        let current = FileManager.default.currentDirectoryPath
        let file = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: current, isDirectory: true)).standardizedFileURL
        var directory = file.deletingLastPathComponent()
        while true {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(ProjectSources.projectFileName).path) {
                let shown = path.hasPrefix("/") ? directory.path : ProjectLocator.relative(directory.path, to: current)
                let relative = ProjectLocator.relative(file.path, to: directory.path)
                return .project(shown, file: ProjectLoader.display(shown, relative))
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        throw IOFailure(message: "no flowc.yaml in any directory above '\(path)'")
    }
}
