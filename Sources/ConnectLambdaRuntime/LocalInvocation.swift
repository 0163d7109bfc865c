import ConnectLambdaModels
import Foundation

/// `bootstrap --event FILE`: runs a handler once on an event from a file, as the loop
/// would, and prints the answer (standard output) or the error (standard error, exit 1); logs go
/// to standard error, so standard output is the answer alone.
struct LocalInvocation {
    let function: ServedFunction
    let timeout: Double

    func run(eventFile: String) async -> Int32 {
        guard let body = FileManager.default.contents(atPath: eventFile) else {
            FileHandle.standardError.write(Data("cannot read the event file '\(eventFile)'\n".utf8))
            return 2
        }
        let clock = SystemClock()
        let invocation = Invocation(requestId: "local-\(UUID().uuidString.lowercased())",
                                    deadline: clock.now.addingTimeInterval(timeout), body: body)
        let runtime = LambdaRuntime(function: function, clock: clock, logger: LambdaLogger(write: LambdaLogger.standardError))
        switch await runtime.answer(invocation) {
        case .success(let response):
            FileHandle.standardOutput.write(response + Data("\n".utf8))
            return 0
        case .failure(let error):
            FileHandle.standardError.write(error.body + Data("\n".utf8))
            return 1
        }
    }
}

/// The command line of a local run.
struct LocalOptions {
    var eventFile: String?
    var handler: String?
    /// Seconds the handler has: Connect waits at most 8 for a Lambda function (the
    /// InvokeLambdaFunction action's `InvocationTimeLimitSeconds`), so 8 by default.
    var timeout = 8.0
    var help = false

    init(_ arguments: [String]) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--event": eventFile = try value(for: argument, from: &remaining)
            case "--handler": handler = try value(for: argument, from: &remaining)
            case "--timeout":
                let text = try value(for: argument, from: &remaining)
                // Lambda runs a function for 15 minutes at most.
                guard let seconds = Double(text), seconds > 0, seconds <= 900 else {
                    throw LambdaError(type: "Usage", message: "--timeout takes seconds from 1 to 900, not '\(text)'")
                }
                timeout = seconds
            case "--help", "-h": help = true
            default: throw LambdaError(type: "Usage", message: "unknown argument '\(argument)'")
            }
        }
        if eventFile == nil, handler != nil { throw LambdaError(type: "Usage", message: "--handler goes with --event") }
    }

    private func value(for option: String, from remaining: inout ArraySlice<String>) throws -> String {
        guard let value = remaining.popFirst() else { throw LambdaError(type: "Usage", message: "\(option) needs a value") }
        return value
    }
}
