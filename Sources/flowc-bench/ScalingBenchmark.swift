import FlowCompiler
import Foundation

/// The in-process tables: the whole compile and the analyses alone on projects that double
/// each step (microseconds per action should stay flat), then import of the same projects as
/// Connect exports, and of one growing chain of prompts far past Connect's limit.
enum ScalingBenchmark {
    static func run(base: Int, steps: Int) {
        print("flows  actions   compile s  analyses s  µs/action (compile)")
        for step in 0..<steps {
            let sources = SyntheticProject.sources(flows: base << step)
            let (seconds, compilation) = measure { Compiler.compile(sources) }
            guard !compilation.hasErrors else {
                print("the synthetic project has errors: \(compilation.diagnostics.prefix(3))")
                exit(1)
            }
            let (analysis, _) = measure { Analyzer.analyze(compilation.flows) }
            let actions = compilation.flows.reduce(0) { $0 + $1.blocks.count }
            let perAction = seconds * 1e6 / Double(max(actions, 1))
            print(String(format: "%5d  %7d  %10.3f  %10.3f  %9.1f", base << step, actions, seconds, analysis, perAction))
        }
        print("\nimport (UUID identifiers, as Connect exports them)")
        print("flows  actions    import s  µs/action")
        for step in 0..<steps {
            let files = SyntheticExport.files(of: Compiler.compile(SyntheticProject.sources(flows: base << step)))
            report(flows: files.count, import: files)
        }
        for step in 0..<steps {
            report(flows: 1, import: [SyntheticExport.chain(2500 << step)])
        }
    }

    /// Seconds `work` takes, and its result.
    private static func measure<Result>(_ work: () -> Result) -> (Double, Result) {
        let start = DispatchTime.now()
        let result = work()
        return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, result)
    }

    /// Imports `files` and prints one line of the import table.
    private static func report(flows: Int, import files: [SourceFile]) {
        let (seconds, result) = measure { Importer.run(files, kind: nil, name: nil, project: "bench") }
        guard !result.files.isEmpty else {
            print("the synthetic export did not import: \(result.diagnostics.filter { $0.severity == .error }.prefix(3))")
            exit(1)
        }
        let actions = result.flows.reduce(0) { $0 + $1.actions }
        print(String(format: "%5d  %7d  %10.3f  %9.1f", flows, actions, seconds, seconds * 1e6 / Double(actions)))
    }
}
