import ArgumentParser
import FlowCompiler
import Foundation

/// `flowc graph FLOW`: prints one flow's Graphviz DOT.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print one flow's Graphviz DOT (pipe it to `dot -Tsvg`).")

    @Argument(help: "The name of the flow or module.")
    var flow: String

    @OptionGroup var location: ProjectArguments

    func run() throws {
        let directory = try location.singleProject(for: "graph")
        let sources = try ProjectLoader.load(directory)
        let compilation = Compiler.compile(sources)
        if !compilation.diagnostics.isEmpty {
            let text = TextRenderer(sources: sources).render(compilation.diagnostics)
                + TextRenderer.summary(compilation.diagnostics) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
        guard !compilation.hasErrors else { throw ExitCode(ExitStatus.errorsFound) }
        guard let file = compilation.outputs.first(where: { $0.path == "graphviz/\(flow).dot" }) else {
            let names = compilation.flows.map(\.name)
            throw IOFailure(message: "no flow named '\(flow)' in '\(directory)'"
                                + Suggestion.hint(for: flow, in: names) + " (flows: \(names.joined(separator: ", ")))")
        }
        print(file.contents, terminator: "")
    }
}
