import Foundation
import LambdaTestSupport

// lambda-bench: measures a Lambda binary built on ConnectLambdaRuntime against a local Runtime
// API, as Lambda would run it. Run it in release mode, on a release binary:
//
//     scripts/release-build echo-lambda lambda-bench
//     .build-release/release/lambda-bench .build-release/release/echo-lambda [HANDLER [PARAMETERS-JSON]]
//
// Cold start: process start to its first `GET /next`, median of 20 starts. Overhead: the time
// one invocation takes through the loop (event out, answer back) with a handler that does
// nothing, over 2,000 in a row. `--check BINARY HANDLER [PARAMETERS-JSON]` instead runs one
// invocation with the Runtime API named by host name (`localhost`, so resolved with getaddrinfo)
// and exits non-zero unless the binary answers it: CI's proof that a packaged static binary works.
// `--invoke BINARY HANDLER EVENT-FILE` runs one invocation of any event (an SQS batch, a schedule)
// with this process's environment (AWS_ENDPOINT_URL, credentials, the function's settings), prints
// the answer and exits non-zero on an error: how CI runs the packaged functions against moto.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let binary = arguments.first(where: { !$0.hasPrefix("--") }) else {
    FileHandle.standardError.write(Data("usage: lambda-bench BINARY | lambda-bench --check BINARY HANDLER [PARAMETERS-JSON]\n".utf8))
    exit(2)
}

if arguments.first == "--invoke" {
    guard arguments.count == 4, let event = FileManager.default.contents(atPath: arguments[3]) else {
        FileHandle.standardError.write(Data("usage: lambda-bench --invoke BINARY HANDLER EVENT-FILE (a readable JSON file)\n".utf8))
        exit(2)
    }
    exit(await BinaryCheck(binary: binary, handler: arguments[2], event: event, environment: ProcessInfo.processInfo.environment).run())
}

if arguments.first == "--check" {
    let handler = arguments.count > 2 ? arguments[2] : "echo"
    let parameters = arguments.count > 3 ? arguments[3] : #"{"text": "check"}"#
    guard let object = try? JSONSerialization.jsonObject(with: Data(parameters.utf8)) as? [String: String] else {
        FileHandle.standardError.write(Data("lambda-bench --check: PARAMETERS-JSON must be an object of strings\n".utf8))
        exit(2)
    }
    exit(await BinaryCheck(binary: binary, handler: handler, event: RuntimeBench.event(object)).run())
}

let positional = arguments.filter { !$0.hasPrefix("--") }
let handler = positional.count > 1 ? positional[1] : "echo"
let parameters = positional.count > 2
    ? (try? JSONSerialization.jsonObject(with: Data(positional[2].utf8)) as? [String: String]) ?? [:] : ["text": "x"]
let bench = RuntimeBench(binary: binary, handler: handler, parameters: parameters)
let starts = try await bench.coldStarts(20)
print(String(format: "cold start (process start to first /next): median %.1f ms, fastest %.1f ms, slowest %.1f ms",
             starts.median * 1000, starts.min()! * 1000, starts.max()! * 1000))
let overhead = try await bench.invocationOverhead(2000)
print(String(format: "overhead per invocation through the loop: %.0f µs (2,000 in a row)", overhead * 1e6))
