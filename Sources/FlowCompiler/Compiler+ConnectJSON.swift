import FlowAnalysis
import FlowCore
import FlowFrontend

extension Compiler {
    /// Checks one Connect flow-language JSON file: imports it into the IR and runs every rule
    /// with its default severity. Produces no outputs.
    ///
    /// - Parameter kind: the flow type whose rules apply; nil to take it from the file.
    public static func check(connectJSON file: SourceFile, kind: FlowKind? = nil, options: CompileOptions = CompileOptions())
        -> Compilation
    {
        let (graph, problems) = ConnectFlowImporter.read(file, kind: kind)
        var diagnostics = problems
        if let graph, !problems.containsErrors {
            diagnostics += Analyzer.analyze([graph], policy: Policy(isStrict: options.isStrict))
        }
        var compilation = Compilation(project: nil, flows: graph.map { [$0] } ?? [], outputs: [], diagnostics: diagnostics.sorted())
        compilation.isStrict = options.isStrict
        return compilation
    }
}
