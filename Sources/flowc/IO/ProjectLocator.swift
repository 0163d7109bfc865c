import ArgumentParser
import FlowCompiler
import Foundation

/// Finds the project a command works on, as git finds its repository: the directory named on
/// the command line, else the nearest directory holding `flowc.yaml` from the current one up,
/// else `./flows-src` (the layout `flowc init` suggests and this repository uses).
enum ProjectLocator {
    /// The project directory to use when none is named.
    static func discover(from start: String = FileManager.default.currentDirectoryPath) throws -> String {
        var directory = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(ProjectSources.projectFileName).path) {
                return relative(directory.path, to: start)
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        let conventional = URL(fileURLWithPath: start).appendingPathComponent("flows-src")
        if FileManager.default.fileExists(atPath: conventional.appendingPathComponent(ProjectSources.projectFileName).path) {
            return "flows-src"
        }
        throw IOFailure(message: "no \(ProjectSources.projectFileName) here or in any directory above '\(start)', "
                            + "nor in ./flows-src; name a project (`--project DIR`), or start one with `flowc init`")
    }

    /// Where `path` is seen from the folder `start`, both made absolute with symbolic links
    /// resolved (as far as they exist), so that the answer does not depend on how either was
    /// named: `../flows-src/flowc.yaml` from `generated`.
    static func relative(canonical path: String, from start: String) -> String {
        relative(canonical(path), to: canonical(start))
    }

    /// The absolute path with symbolic links resolved in its longest existing prefix.
    static func canonical(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }.path
    }

    /// `path` as it is best shown from `start`: `.` for the start itself, a relative path below
    /// it, `..` steps above it.
    static func relative(_ path: String, to start: String) -> String {
        let from = URL(fileURLWithPath: start).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let common = zip(from, to).prefix { $0 == $1 }.count
        let steps = Array(repeating: "..", count: from.count - common) + to[common...]
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }
}

/// The project arguments `build`, `check`, `report` and `graph` share: paths (or `--project`),
/// found as `ProjectLocator` finds them when none is given.
struct ProjectArguments: ParsableArguments {
    @Argument(help: "Project directories (holding flowc.yaml), flow files inside one, or Connect flow JSON files; default: the project found from the current directory.")
    var paths: [String] = []

    @Option(name: .long, help: "A project directory (the same as naming it as a path).")
    var project: String?

    /// The paths named, `--project` first; the discovered project when there are none.
    func targets() throws -> [String] {
        let named = (project.map { [$0] } ?? []) + paths
        return named.isEmpty ? [try ProjectLocator.discover()] : named
    }

    /// The one project directory a command that builds works on: a directory, or the project
    /// a flow file belongs to.
    func singleProject(for command: String) throws -> String {
        let targets = try targets()
        guard targets.count == 1 else {
            throw IOFailure(message: "`flowc \(command)` works on one project; \(targets.count) were named")
        }
        switch try CheckTarget.resolve(targets)[0] {
        case .project(let directory, _): return directory
        case .connectJSON(let path):
            throw IOFailure(message: "'\(path)' is Connect flow JSON; `flowc \(command)` builds a flowc project (`flowc import` turns JSON into one)")
        }
    }
}
