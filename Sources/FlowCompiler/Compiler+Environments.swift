import FlowBackends
import FlowCore
import FlowFrontend

extension DiagnosticKind {
    /// An environment build needs an ARN for something the environment does not bind.
    public static let unboundReference = DiagnosticKind(
        id: "unbound_reference", defaultSeverity: .error,
        summary: "an environment build uses a resource, flow or module the environment binds no ARN to")
}

extension Compiler {
    /// The environment chosen for this build (`--env`, else `default_environment`), nil for none,
    /// or a diagnostic when it does not exist.
    static func selectEnvironment(
        _ project: ProjectConfig, requested: String?, diagnostics: inout [Diagnostic]
    ) -> Environment? {
        guard let name = requested ?? project.defaultEnvironment else { return nil }
        guard let environment = project.environments[name] else {
            // Only --env can name a missing one (flowc.yaml's default_environment is checked where
            // it is written), so the problem is located where the environments are declared.
            diagnostics.append(Diagnostic(
                .unknownEnvironment,
                "--env names environment '\(name)', which \(project.file) does not declare (\(project.environmentList))"
                    + Suggestion.hint(for: name, in: project.environments.keys),
                at: project.environmentsLocation ?? SourceLocation(file: project.file, line: 1, column: 1)))
            return nil
        }
        return environment
    }

    /// One error per reference the flows use that the environment does not bind, located at the
    /// environment in flowc.yaml, with a note at every block that uses it: flow JSON built for an
    /// environment is deployed as it is, so nothing may stay a placeholder.
    static func unboundReferences(in flows: [FlowGraph], environment: Environment) -> [Diagnostic] {
        var uses: [ResourceReference: [(flow: String, block: Block)]] = [:]
        for flow in flows {
            for block in flow.blocks {
                for reference in block.parameters.values.flatMap(\.references) where environment.bindings[reference] == nil {
                    if uses[reference]?.last.map({ $0.flow == flow.name && $0.block.origin == block.origin }) != true {
                        uses[reference, default: []].append((flow.name, block))
                    }
                }
            }
        }
        return uses.keys.sorted().map { reference in
            let users = uses[reference]!
            return Diagnostic(
                .unboundReference,
                "environment '\(environment.name)' binds no \(reference.kind.noun) '\(reference.name)', which \(users.count) "
                    + "\(users.count == 1 ? "block uses" : "blocks use"); add it under environments.\(environment.name).\(reference.kind.section)",
                at: environment.location,
                notes: users.map { Diagnostic.Note("used by '\($0.block.origin)' in \($0.flow)", at: $0.block.location) })
        }
    }

    /// A Lambda function another team owns (`deploy: existing`) exists only as the ARN each
    /// environment binds: one error per environment that binds none (at the environment), or, with
    /// no environments at all, one at the function.
    static func unboundExistingLambdas(_ project: ProjectConfig) -> [Diagnostic] {
        let existing = project.lambdas.values.filter { $0.deploy == .existing }.sorted { $0.name < $1.name }
        guard !project.environments.isEmpty else {
            return existing.map { lambda in
                Diagnostic(.unboundReference, "Lambda function '\(lambda.name)' is deploy: existing, and no environment binds its ARN; "
                               + "add one under environments.NAME.lambdas", at: lambda.location)
            }
        }
        return project.environments.values.sorted { $0.name < $1.name }.flatMap { environment in
            existing.filter { environment.bindings[ResourceReference(.lambda, $0.name)] == nil }.map { lambda in
                Diagnostic(.unboundReference, "environment '\(environment.name)' binds no ARN for Lambda function '\(lambda.name)', which is "
                               + "deploy: existing; add it under environments.\(environment.name).lambdas",
                           at: environment.location, notes: [Diagnostic.Note("declared here", at: lambda.location)])
            }
        }
    }

    /// The Connect JSON of an environment build, with every reference bound.
    static func environmentOutputs(_ flows: [FlowGraph], environment: Environment) -> [OutputFile] {
        let connect = ConnectEmitter(bindings: ReferenceBindings(environment.bindings), isTemplate: false)
        return flows.map(connect.emit).sorted { $0.path < $1.path }
    }
}
