import ArgumentParser

/// Options shared by the commands that compile a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project directory, holding flowc.yaml.")
    var project: String = "flows-src"

    @Option(name: .long, help: "The environment whose ARNs to use (default: the project's default_environment, else ${...} placeholders).")
    var env: String?
}

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case sarif
}
