import Foundation

/// The whole-process benchmark: flowc's commands on each estate, run as a user runs them, in
/// paired rounds (every command once per round), with medians and the ratios that
/// docs/performance.md states its targets in.
struct EstateBenchmark {
    var sizes: [Int]
    var runs: Int
    /// The flowc and yaml-floor executables.
    var flowc: String
    var floor: String
    /// A Python with cxblueprint installed, and scripts/cxblueprint-analyze.py, when comparing.
    var cxblueprint: (python: String, script: String)?
    /// Where the estates and outputs go (made afresh per estate).
    var workspace: URL

    /// One command measured on an estate.
    private struct Command {
        var name: String
        var program: String
        var arguments: [String]
        var allowed: Set<Int32> = [0]
        /// Folders removed before each run, so each run starts as a first build does.
        var fresh: [URL] = []
    }

    func run() throws {
        print("flowc-bench: \(runs) paired runs per command, medians; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        for size in sizes {
            try measure(try Estate.write(actions: size, to: workspace.appendingPathComponent("estate-\(size)")))
        }
    }

    private func measure(_ estate: Estate) throws {
        let out = estate.folder.appendingPathComponent("out"), imported = estate.folder.appendingPathComponent("imported")
        let importedOut = estate.folder.appendingPathComponent("imported-out")
        let json = estate.jsonFiles
        var commands = [
            Command(name: "yaml floor", program: floor, arguments: [estate.project.path]),
            Command(name: "build", program: flowc, arguments: ["build", "--project", estate.project.path, "--out", out.path], fresh: [out]),
            Command(name: "check (YAML)", program: flowc, arguments: ["check", "--project", estate.project.path]),
            Command(name: "check (JSON)", program: flowc, arguments: ["check"] + json, allowed: [0, 1]),
            Command(name: "import", program: flowc, arguments: ["import"] + json + ["--out", imported.path], fresh: [imported]),
            Command(name: "build (imported)", program: flowc, arguments: ["build", "--project", imported.path, "--out", importedOut.path],
                    fresh: [importedOut]),
        ]
        if let cxblueprint {
            commands.append(Command(name: "cxblueprint (JSON)", program: cxblueprint.python, arguments: [cxblueprint.script] + json))
        }
        let load = ChildProcess.load()
        var results: [String: [Measurement]] = [:]
        for _ in 0..<runs {
            for command in commands {
                command.fresh.forEach { try? FileManager.default.removeItem(at: $0) }
                results[command.name, default: []].append(try ChildProcess.measure(command.program, command.arguments, allowed: command.allowed))
            }
        }
        let medians = results.mapValues(Median.init)
        let emitted = Estate.bytes(under: out)
        print("""

            \(estate.actions) actions in \(estate.flows) flows: \(megabytes(Estate.bytes(under: estate.project))) of flowc YAML, \
            \(megabytes(Estate.bytes(under: estate.json))) of Connect JSON; build writes \(megabytes(emitted)); load \(load) → \(ChildProcess.load())
            command               wall s     cpu s   peak MB   µs/action  ratio
            """)
        let floorWall = medians["yaml floor"]!.wall
        for command in commands {
            let median = medians[command.name]!
            let ratio: String = switch command.name {
            case "build": String(format: "%.1f× the floor (target ≤ 4×)", median.wall / floorWall)
            case "check (YAML)": String(format: "%.1f× the floor (target ≤ 3×)", median.wall / floorWall)
            case "import": String(format: "%.1f× building what it writes (target ≤ 2×)", median.wall / medians["build (imported)"]!.wall)
            case "cxblueprint (JSON)": Self.comparison(median.wall / medians["check (JSON)"]!.wall)
            default: ""
            }
            print(command.name.padding(toLength: 18, withPad: " ", startingAt: 0)
                  + String(format: "  %9.3f  %8.3f  %8.1f  %10.2f  ", median.wall, median.cpu,
                         Double(median.peakBytes) / 1_048_576, median.wall * 1e6 / Double(estate.actions)) + ratio)
        }
        let check = medians["check (YAML)"]!.peakBytes, build = medians["build"]!.peakBytes
        print("memory per action: check \(check / estate.actions) B (target ≤ 1024), build beyond its output "
              + "\(max(build - emitted, 0) / estate.actions) B (target ≤ 1024)")
    }

    private func megabytes(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1_048_576) }

    /// flowc's check against CxBlueprint's, from CxBlueprint's time over flowc's.
    private static func comparison(_ ratio: Double) -> String {
        ratio >= 1 ? String(format: "flowc check is %.1f× faster (target ≥ 5×)", ratio)
            : String(format: "flowc check is %.1f× slower (target: 5× faster)", 1 / ratio)
    }
}

/// The medians of a command's runs, each figure on its own.
private struct Median {
    var wall: Double, cpu: Double, peakBytes: Int

    init(_ runs: [Measurement]) {
        func middle<T: Comparable>(_ values: [T]) -> T { values.sorted()[values.count / 2] }
        wall = middle(runs.map(\.wall))
        cpu = middle(runs.map(\.cpu))
        peakBytes = middle(runs.map(\.peakBytes))
    }
}
