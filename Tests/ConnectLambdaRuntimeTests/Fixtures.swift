import ConnectLambdaModels
import ConnectLambdaRuntime
import Foundation

/// A contract for the runtime's tests: `text` in, `text` out.
enum Greet: ConnectLambdaContract {
    static let name = "greet"

    struct Input: ContractInput {
        var text: String
        init(parameters: ConnectParameters) throws(ContractError) { text = try parameters.string("text") }
    }

    struct Output: ContractOutput {
        var text: String
        var response: ConnectResponse { ConnectResponse(["text": .string(text)], type: .stringMap) }
    }
}

/// The same contract, with a flow that waits three seconds for it.
enum QuickGreet: ConnectLambdaContract {
    static let name = "quick-greet"
    static let connectTimeout: Duration? = .seconds(3)
    typealias Input = Greet.Input
    typealias Output = Greet.Output
}

/// The same contract answering JSON, which Connect takes larger than a string map.
enum JSONGreet: ConnectLambdaContract {
    static let name = "json-greet"
    typealias Input = Greet.Input

    struct Output: ContractOutput {
        var text: String
        var response: ConnectResponse { ConnectResponse(["text": .string(text)], type: .json) }
    }
}

struct GreetingFailed: Error, CustomStringConvertible {
    var description: String { "the greeting service is down" }
}

/// A Connect event with these parameters.
func connectEvent(_ parameters: [String: String]) -> Data {
    let event: [String: Any] = [
        "Name": "ContactFlowEvent",
        "Details": ["ContactData": ["ContactId": "c-1", "Channel": "VOICE", "Attributes": [:] as [String: String]],
                    "Parameters": parameters],
    ]
    return try! JSONSerialization.data(withJSONObject: event)
}

/// Collects log lines, for tests that read what was logged.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var all: [String] { lock.withLock { lines } }

    var logger: LambdaLogger {
        LambdaLogger(minimumLevel: .debug, write: { [self] line in lock.withLock { lines.append(line) } })
    }
}
