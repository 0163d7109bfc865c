import ArgumentParser
import Foundation

/// `flowc`: the compiler and static analyser for Amazon Connect contact flows.
struct FlowcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flowc",
        abstract: "Compiles and checks Amazon Connect contact flows written in the flowc language.",
        discussion: """
            Exit status: 0 when clean (warnings allowed), 1 when errors were found or generated \
            files are stale, 2 on a usage or I/O failure.
            """,
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ReportCommand.self, GraphCommand.self,
                      ImportCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self])

    /// Parses the arguments and runs the command, mapping every failure to flowc's exit codes:
    /// ArgumentParser's usage errors become 2 rather than its default 64.
    static func run() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as IOFailure {
            FileHandle.standardError.write(Data("flowc: error: \(failure.message)\n".utf8))
            Foundation.exit(ExitStatus.usageOrIO)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message.isEmpty ? "" : message + "\n").utf8))
            Foundation.exit(ExitStatus.usageOrIO)
        }
    }
}

/// flowc's exit statuses.
enum ExitStatus {
    static let clean: Int32 = 0
    static let errorsFound: Int32 = 1
    static let usageOrIO: Int32 = 2
}

/// A file-system problem that stops a command (exit status 2).
struct IOFailure: Error {
    let message: String
}
