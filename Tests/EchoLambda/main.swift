import ConnectLambdaModels
import ConnectLambdaRuntime
import Foundation

// A Lambda binary for the runtime's own tests and benchmark: `echo` answers with what it was
// passed, after `delayMs` milliseconds when asked; `fail` throws.

enum Echo: ConnectLambdaContract {
    static let name = "echo"

    struct Input: ContractInput {
        var text: String
        var delay: Double?

        init(parameters: ConnectParameters) throws(ContractError) {
            text = try parameters.string("text")
            delay = try parameters.optionalNumber("delayMs")
        }
    }

    struct Output: ContractOutput {
        var text: String
        var response: ConnectResponse { ConnectResponse(["text": .string(text)], type: .stringMap) }
    }
}

enum Fail: ConnectLambdaContract {
    static let name = "fail"

    struct Input: ContractInput {
        init(parameters: ConnectParameters) throws(ContractError) {}
    }

    typealias Output = Echo.Output
}

struct EchoFailure: Error, CustomStringConvertible {
    var description: String { "asked to fail" }
}

let handlers = [
    AnyConnectHandler(Echo.self) { input, context in
        context.logger.info("echo started", ["text": String(input.text.prefix(20))])
        if let delay = input.delay { try await Task.sleep(for: .milliseconds(Int64(delay))) }
        return Echo.Output(text: input.text)
    },
    AnyConnectHandler(Fail.self) { _, _ in throw EchoFailure() },
]
exit(await LambdaMain.run(handlers: handlers))
