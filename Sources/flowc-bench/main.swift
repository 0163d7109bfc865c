import Foundation

// flowc-bench: how fast flowc is, on synthetic estates of growing size (docs/performance.md).
// Build it in release mode (with yaml-floor beside it), then:
//
//     flowc-bench estates [--sizes 1000,10000,100000,250000] [--runs 3] [--workspace DIR]
//                         [--cxblueprint PYTHON]        (from the repository's root)
//         writes each estate (a flowc project, and its flows as Connect exports) and runs flowc's
//         build, check (YAML and JSON) and import on it as a user would, whole processes in paired
//         rounds, against the libyaml floor (yaml-floor) and, given a Python with cxblueprint,
//         CxBlueprint's FlowAnalyzer; prints medians of wall and CPU time, peak memory, time per
//         action and the ratios the targets are stated in
//     flowc-bench scaling [flows-per-step] [steps]
//         the in-process tables: compile, analyses and import on projects that double each step

let arguments = Array(CommandLine.arguments.dropFirst())
let executables = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()

/// The value after `--name`, if given.
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[$0 + 1] : nil }
}

switch arguments.first {
case "estates":
    let sizes = (option("--sizes") ?? "1000,10000,100000,250000").split(separator: ",").compactMap { Int($0) }
    let benchmark = EstateBenchmark(
        sizes: sizes, runs: max(1, Int(option("--runs") ?? "3") ?? 3),
        flowc: option("--flowc") ?? executables.appendingPathComponent("flowc").path,
        floor: executables.appendingPathComponent("yaml-floor").path,
        cxblueprint: option("--cxblueprint").map { ($0, "scripts/cxblueprint-analyze.py") },
        workspace: URL(fileURLWithPath: option("--workspace") ?? FileManager.default.temporaryDirectory.appendingPathComponent("flowc-bench").path))
    do { try benchmark.run() } catch {
        FileHandle.standardError.write(Data("flowc-bench: \(error)\n".utf8))
        exit(1)
    }
case "scaling":
    let numbers = arguments.dropFirst().compactMap { Int($0) }
    ScalingBenchmark.run(base: numbers.first ?? 8, steps: numbers.dropFirst().first ?? 4)
default:
    print("""
        usage: flowc-bench estates [--sizes N,N,...] [--runs N] [--workspace DIR] [--flowc PATH] [--cxblueprint PYTHON]
               flowc-bench scaling [flows-per-step] [steps]
        """)
    exit(arguments.isEmpty ? 0 : 2)
}
