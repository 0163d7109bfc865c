import ConnectLambdaModels
import Dispatch
import Foundation
import LambdaEvents

/// The entry point of a Lambda binary serving Connect and event handlers: the Runtime API loop when
/// Lambda runs it, or one event from a file for authors (`--event FILE`).
///
/// One binary may serve several functions: `_HANDLER` (the function's handler setting) names the
/// one to run by its flowc.yaml name; a binary with one handler needs none.
public enum LambdaMain {
    public static let usage = """
        usage: bootstrap                       serve the Runtime API at $AWS_LAMBDA_RUNTIME_API
               bootstrap --event FILE [--handler NAME] [--timeout SECONDS]
                                               run one event from FILE and print the answer
        handlers: $_HANDLER or --handler picks one by its name
        """

    /// Runs and returns the process's exit status.
    public static func run(handlers: [AnyConnectHandler], eventHandlers: [AnyEventHandler] = [],
                           arguments: [String] = Array(CommandLine.arguments.dropFirst()),
                           environment: [String: String] = ProcessInfo.processInfo.environment) async -> Int32 {
        let functions = handlers.map(ServedFunction.contactFlow) + eventHandlers.map(ServedFunction.events)
        let logger = LambdaLogger()
        do {
            let options = try LocalOptions(arguments)
            if options.help {
                print(usage)
                return 0
            }
            if let event = options.eventFile {
                let function = try select(functions, named: options.handler ?? environment["_HANDLER"])
                return await LocalInvocation(function: function, timeout: options.timeout).run(eventFile: event)
            }
        } catch let error as LambdaError {
            FileHandle.standardError.write(Data("\(error.message)\n\(usage)\n".utf8))
            return 2
        } catch {
            return 2
        }
        guard let address = environment["AWS_LAMBDA_RUNTIME_API"].flatMap(RuntimeAPIAddress.init) else {
            FileHandle.standardError.write(Data("AWS_LAMBDA_RUNTIME_API is not set to host:port\n\(usage)\n".utf8))
            return 2
        }
        let function: ServedFunction
        do {
            function = try select(functions, named: environment["_HANDLER"])
        } catch let error as LambdaError {
            logger.error(error.message)
            _ = try? await HTTPRuntimeAPI.withConnection(to: address) { api in try await api.failInitialization(with: error) }
            return 1
        } catch {
            return 1
        }
        return await serve(LambdaRuntime(function: function, logger: logger), at: address, logger: logger)
    }

    /// The handler `name` selects; the only one when no name is given.
    static func select(_ handlers: [ServedFunction], named name: String?) throws -> ServedFunction {
        let names = handlers.map(\.name).sorted().joined(separator: ", ")
        if let name, !name.isEmpty {
            guard let handler = handlers.first(where: { $0.name == name }) else {
                throw LambdaError(type: "Runtime.UnknownHandler", message: "no handler named '\(name)'; this binary serves: \(names)")
            }
            return handler
        }
        guard handlers.count == 1, let only = handlers.first else {
            throw LambdaError(type: "Runtime.NoHandler", message: "_HANDLER must name the function to run; this binary serves: \(names)")
        }
        return only
    }

    /// The loop, connecting again when the connection closes (posting any answer it had ready
    /// first); SIGTERM and SIGINT stop it gracefully. It exits on the Runtime API's 500 (the API
    /// says to exit promptly) and after five failures in a row with no invocation answered.
    private static func serve(_ runtime: LambdaRuntime, at address: RuntimeAPIAddress, logger: LambdaLogger) async -> Int32 {
        let signals = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { runtime.activity.requestStop() }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        var pending: PendingAnswer?
        var failures = 0, servedAtLastFailure = 0
        while true {
            do {
                try await HTTPRuntimeAPI.withConnection(to: address) { api in
                    if let answer = pending {
                        try await runtime.post(answer, to: &api)
                        runtime.activity.served()
                        pending = nil
                    }
                    try await runtime.serve(&api)
                }
                return 0
            } catch let error as RuntimeAPIError {
                if let answer = error.pending { pending = answer }
                let progressed = runtime.activity.servedCount > servedAtLastFailure
                servedAtLastFailure = runtime.activity.servedCount
                switch error.kind {
                case .containerError:
                    logger.error("the Runtime API reported a container error; exiting", ["error": error.message])
                    return 1
                case .connectionClosed where progressed || pending != nil:
                    // The API closed the connection after a call that went through: connect again.
                    failures = 0
                    continue
                default:
                    failures = progressed ? 1 : failures + 1
                }
                logger.error("the Runtime API loop stopped", ["error": error.message, "attempt": String(failures)])
            } catch {
                failures += 1
                logger.error("the Runtime API loop stopped", ["error": String(describing: error), "attempt": String(failures)])
            }
            if failures >= 5 { return 1 }
            try? await Task.sleep(for: .milliseconds(100 * failures))
        }
    }
}
