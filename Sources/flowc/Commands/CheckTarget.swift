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

    private static func project(containing path: String) throws -> CheckTarget {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for count in stride(from: components.count - 1, through: 0, by: -1) {
            let directory = count == 0 ? (path.hasPrefix("/") ? "/" : ".") : components[..<count].joined(separator: "/")
            let candidate = directory.isEmpty ? "/" : directory
            if FileManager.default.fileExists(atPath: "\(candidate)/flowc.yaml") {
                let relative = components[count...].joined(separator: "/")
                return .project(candidate, file: ProjectLoader.display(candidate, relative))
            }
        }
        throw IOFailure(message: "no flowc.yaml in any directory above '\(path)'")
    }
}
