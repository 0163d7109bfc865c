import Foundation

/// What `flowc check` was asked to check: a project, or one flow file within a project.
struct CheckTarget: Equatable {
    /// The project directory.
    var project: String
    /// The flow file (as diagnostics name it), or nil for the whole project.
    var file: String?

    /// Resolves each path: a directory is a project; a YAML file belongs to the nearest
    /// directory above it holding flowc.yaml.
    static func resolve(_ paths: [String]) throws -> [CheckTarget] {
        try paths.map { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IOFailure(message: "no such file or directory '\(path)'")
            }
            if isDirectory.boolValue { return CheckTarget(project: path, file: nil) }
            guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else {
                throw IOFailure(message: "'\(path)' is not a flowc project or flow file (*.yaml)")
            }
            return try target(forFile: path)
        }
    }

    private static func target(forFile path: String) throws -> CheckTarget {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for count in stride(from: components.count - 1, through: 0, by: -1) {
            let directory = count == 0 ? (path.hasPrefix("/") ? "/" : ".") : components[..<count].joined(separator: "/")
            let candidate = directory.isEmpty ? "/" : directory
            if FileManager.default.fileExists(atPath: "\(candidate)/flowc.yaml") {
                let relative = components[count...].joined(separator: "/")
                return CheckTarget(project: candidate, file: ProjectLoader.display(candidate, relative))
            }
        }
        throw IOFailure(message: "no flowc.yaml in any directory above '\(path)'")
    }
}
