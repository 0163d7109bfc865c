import ArgumentParser
import FlowCompiler

/// `flowc schema`: prints the JSON Schema of flowc files, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of flowc files (flowc init writes it as flowc.schema.json).")

    func run() {
        print(FlowcSchema.json, terminator: "")
    }
}
