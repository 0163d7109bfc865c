import FlowAnalysis
import FlowBackends
import FlowCore
import FlowFrontend

/// What to build.
public struct CompileOptions: Sendable {
    /// The environment to build flow JSON for as well, with every reference bound; nil for the
    /// project's default environment, if it has one.
    public var environment: String?
    /// Whether warnings fail the build too.
    public var isStrict: Bool
    /// Whether to emit the output files; false when only the diagnostics and graphs are wanted
    /// (`flowc check`, `report`, import's rounds), which then cost no emitter's time.
    public var emitsOutputs: Bool

    public init(environment: String? = nil, isStrict: Bool = false, emitsOutputs: Bool = true) {
        self.environment = environment
        self.isStrict = isStrict
        self.emitsOutputs = emitsOutputs
    }
}

/// The result of compiling a project: the graphs, the files to write, and every diagnostic.
public struct Compilation: Sendable {
    public var project: ProjectConfig?
    public var flows: [FlowGraph]
    /// Files to write under the output directory, sorted by path; empty when there are errors.
    /// Their references are `${placeholder}`s, for Terraform.
    public var outputs: [OutputFile]
    /// The environment built, if any, and its Connect JSON with every reference bound (to write
    /// in a folder of its own); empty when there are errors.
    public var environment: String?
    public var environmentOutputs: [OutputFile] = []
    public var diagnostics: [Diagnostic]

    /// Whether warnings count as failures (`--strict`).
    public var isStrict: Bool = false

    /// Whether any diagnostic is an error, or a warning under `--strict` (and so nothing may be
    /// written).
    public var hasErrors: Bool {
        diagnostics.containsErrors || (isStrict && diagnostics.contains { $0.severity == .warning })
    }
}

/// The flowc pipeline: sources → frontend (read, resolve, lower, verify) → analyses → emitters
/// → files.
///
/// It touches no file system: the command-line tool reads the sources and writes the outputs.
public enum Compiler {
    public static func compile(_ sources: ProjectSources, options: CompileOptions = CompileOptions()) -> Compilation {
        let frontend = Frontend.read(sources)
        var diagnostics = frontend.diagnostics
        var compilation = Compilation(project: frontend.project, flows: frontend.flows, outputs: [], environment: nil, diagnostics: [])
        compilation.isStrict = options.isStrict
        guard let project = frontend.project else {
            compilation.diagnostics = diagnostics
            return compilation
        }
        if !diagnostics.containsErrors {
            let (policy, problems) = policy(for: project, flows: frontend.flows, strict: options.isStrict)
            let external = Set((project.resources[.flow] ?? [:]).keys).union((project.resources[.module] ?? [:]).keys)
            diagnostics += problems
                + Analyzer.analyze(frontend.flows, policy: policy, external: external, declarations: project.declarations)
        }
        diagnostics += unboundExistingLambdas(project)
        let environment = selectEnvironment(project, requested: options.environment, diagnostics: &diagnostics)
        if let environment, !diagnostics.containsErrors {
            diagnostics += unboundReferences(in: frontend.flows, environment: environment)
        }
        compilation.diagnostics = diagnostics.sorted()
        guard !compilation.hasErrors, options.emitsOutputs else { return compilation }
        compilation.outputs = emit(frontend.flows, project: project, sources: sources)
        if let environment {
            compilation.environment = environment.name
            compilation.environmentOutputs = environmentOutputs(frontend.flows, environment: environment)
        }
        return compilation
    }

    /// The emitters, in a fixed order; outputs sorted by path.
    static func emit(_ flows: [FlowGraph], project: ProjectConfig, sources: ProjectSources) -> [OutputFile] {
        let connect = ConnectEmitter(bindings: ReferenceBindings(), isTemplate: true)
        let dot = FlowDotEmitter()
        // Each flow's JSON and DOT in parallel; everything is sorted by path at the end.
        var outputs = Parallel.map(flows) { flow in
            [connect.emit(flow), dot.emit(flow, source: sourcePath(of: flow, in: sources))]
        }.flatMap { $0 }
        outputs.append(ProjectDotEmitter().emit(flows, project: project.name))
        let timeouts = lambdaTimeouts(flows)
        outputs += SwiftContractEmitter().emit(project.lambdas, timeouts: timeouts)
        if let monitoring = project.monitoring {
            let queues = Array((project.resources[.queue] ?? [:]).keys)
            let flowNames = flows.filter { $0.kind != .module }.map(\.name)
            outputs += CallQualityMetricsEmitter().emit(namespace: monitoring.namespace, period: monitoring.period, queues: queues,
                                                        flows: flowNames)
            outputs += MonitoringTerraformEmitter().emit(namespace: monitoring.namespace, period: monitoring.period,
                                                         bandWidth: monitoring.bandWidth, evaluationPeriods: monitoring.evaluationPeriods,
                                                         queues: queues, flows: flowNames)
        }
        if let attributes = project.dataLakeAttributes {
            outputs += ContactRecordColumnsEmitter().emit(attributes: Array(attributes.keys))
        }
        outputs += TerraformEmitter().emit(TerraformProject(
            name: project.name, flows: flows, lambdas: project.lambdas,
            resources: project.resources.mapValues { Array($0.keys) }.filter { $0.key != .lambda },
            deployments: project.deployments, environments: project.environments.mapValues(\.bindings), lambdaTimeouts: timeouts))
        return outputs.sorted { $0.path < $1.path }
    }

    /// For each Lambda function, the longest any call waits for it (`InvocationTimeLimitSeconds`
    /// as lowered: the call's `timeout`, the function's, or the project's default).
    static func lambdaTimeouts(_ flows: [FlowGraph]) -> [String: Int] {
        var timeouts: [String: Int] = [:]
        for flow in flows {
            for block in flow.blocks where block.action == "InvokeLambdaFunction" {
                guard case .reference(let function)? = block.parameters["LambdaFunctionARN"],
                      let seconds = block.parameters["InvocationTimeLimitSeconds"]?.scalarText.flatMap(Int.init) else { continue }
                timeouts[function.name] = max(timeouts[function.name] ?? 0, seconds)
            }
        }
        return timeouts
    }

    /// The flow's file relative to the project, as the DOT stamp names it.
    private static func sourcePath(of flow: FlowGraph, in sources: ProjectSources) -> String {
        sources.files.first { $0.path == flow.location.file }?.relativePath ?? flow.location.file
    }
}
