import Foundation

// handler-bench: the pipeline's and the IVR's hot paths, in process, in release mode:
//
//     scripts/release-build handler-bench && .build-release/release/handler-bench [--quick]
//
// Cleansing: Firehose batches of realistic contact records filling Lambda's 6 MB request,
// cleansed five times; records and megabytes per second (median run). Validation: warm
// invocations of account-validation whose answer is a fresh profile in the cache (moto's
// DynamoDB, so the time is mostly moto's); median and 95th percentile of 200. `--quick` runs one
// small batch and 20 validations: CI's proof that the benchmark runs.

let quick = CommandLine.arguments.contains("--quick")
let cleansing = CleansingBench(seed: 2026, requestBytes: quick ? 256 * 1024 : 6 * 1024 * 1024)
let result = try await cleansing.run(times: quick ? 1 : 5)
print(String(format: "cleansing: %d records (%.2f MB of request) in %.1f ms: %.0f records/s, %.1f MB/s",
             result.records, Double(result.requestBytes) / 1_048_576, result.seconds * 1000,
             Double(result.records) / result.seconds, Double(result.requestBytes) / 1_048_576 / result.seconds))

if let validation = try await ValidationBench.run(invocations: quick ? 20 : 200) {
    print(String(format: "account-validation, warm, answered from the profile cache: median %.2f ms, p95 %.2f ms (%d invocations)",
                 validation.median * 1000, validation.p95 * 1000, validation.count))
} else {
    print("account-validation: skipped (moto_server is not installed; .ci/run installs it)")
}
