// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "flowc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "flowc", targets: ["flowc"]),
        .library(name: "FlowCompiler", targets: ["FlowCompiler"]),
        .library(name: "ConnectLambdaModels", targets: ["ConnectLambdaModels"]),
        .library(name: "ConnectLambdaRuntime", targets: ["ConnectLambdaRuntime"]),
        .library(name: "ContactRecords", targets: ["ContactRecords"]),
        .executable(name: "call-centre-lambdas", targets: ["call-centre-lambdas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // The runtime side only: the Runtime API client (never a compiler target).
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        // The runtime side only: HTTPS to back-office systems and AWS.
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        // The runtime side only: SHA-256 and HMAC for AWS request signing.
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // Diagnostics, the graph IR, the Connect action catalogue and the IR verifier.
        .target(name: "FlowCore"),
        // The YAML flow language: reading, name resolution and lowering to the IR.
        .target(name: "FlowFrontend", dependencies: ["FlowCore", .product(name: "Yams", package: "Yams")]),
        // The analyses: the rule registry, one rule per file, policy, and the retry-path report.
        .target(name: "FlowAnalysis", dependencies: ["FlowCore"]),
        // Emitters: Connect flow-language JSON and Graphviz DOT.
        .target(name: "FlowBackends", dependencies: ["FlowCore"]),
        // Project configuration and the pipeline from sources to output files.
        .target(name: "FlowCompiler", dependencies: ["FlowCore", "FlowFrontend", "FlowAnalysis", "FlowBackends"]),
        // The command-line tool: argument parsing, file I/O, diagnostic rendering.
        .executableTarget(name: "flowc", dependencies: [
            "FlowCompiler", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The benchmark: synthetic estates of growing size, flowc's commands run on them as a user
        // runs them, against the libyaml floor (and CxBlueprint when installed); docs/performance.md.
        .executableTarget(name: "flowc-bench", dependencies: ["FlowCompiler"]),
        // The floor flowc-bench measures against: the system libyaml's event parse (libyaml-dev), in C.
        .executableTarget(name: "yaml-floor", linkerSettings: [.linkedLibrary("yaml")]),

        // The runtime side. Connect's Lambda event and response models and the contract
        // protocols the generated Swift conforms to: Foundation only, so contracts build fast.
        .target(name: "ConnectLambdaModels"),
        // The events AWS services send functions (Firehose, SQS, DynamoDB Streams) and the
        // handler protocol for them: Foundation only.
        .target(name: "LambdaEvents", dependencies: ["ConnectLambdaModels"]),
        // The Lambda Runtime API loop, deadlines, structured logs, and local runs on an event file.
        .target(name: "ConnectLambdaRuntime", dependencies: [
            "ConnectLambdaModels", "LambdaEvents",
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // JSON over HTTPS to the back-office systems the call centre's Lambdas front.
        .target(name: "BackOffice", dependencies: [
            "ConnectLambdaModels", "AWSClients", .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // AWS without an SDK: SigV4, credentials and endpoints from the environment, retries,
        // and the few DynamoDB and SQS calls the Lambdas make.
        .target(name: "AWSClients", dependencies: [
            "ConnectLambdaModels", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        // A lease-based lock with fencing tokens over a DynamoDB table, for handlers that update
        // shared records.
        .target(name: "DynamoDBLock", dependencies: ["ConnectLambdaModels", "AWSClients"]),
        // The call centre's Lambda functions (flows-src), one handler per generated contract.
        .target(name: "CallCentreLambdas", dependencies: [
            "ConnectLambdaModels", "LambdaContracts", "LambdaEvents", "BackOffice", "AWSClients", "DynamoDBLock",
        ]),
        // Contact records cleansed for the data lake (Firehose's transformation): Foundation only,
        // so the fuzz targets build it without the AWS clients.
        .target(name: "ContactRecords", dependencies: ["ConnectLambdaModels", "LambdaContracts", "LambdaEvents"]),
        // The data pipeline's event consumers: contact events into timelines and sessions.
        .target(name: "ContactDataLambdas", dependencies: [
            "ContactRecords", "ConnectLambdaModels", "LambdaContracts", "LambdaEvents", "AWSClients",
        ]),
        // The call-quality monitor's metrics ingestor: Connect's queue KPIs, or a made-up day, to CloudWatch.
        .target(name: "CallQualityMonitor", dependencies: ["ConnectLambdaModels", "LambdaContracts", "LambdaEvents", "AWSClients"]),
        // The Lambda binary of the call centre (scripts/package-lambda zips it as bootstrap).
        .target(name: "ReportingStore", dependencies: [
            "ConnectLambdaModels", "LambdaEvents", "AWSClients", .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .executableTarget(name: "call-centre-lambdas", dependencies: [
            "CallCentreLambdas", "ContactRecords", "ContactDataLambdas", "CallQualityMonitor", "ReportingStore", "ConnectLambdaRuntime",
        ]),
        // What flowc generates from flows-src/flowc.yaml: one contract per managed Lambda.
        .target(name: "LambdaContracts", dependencies: ["ConnectLambdaModels"], path: "generated/swift"),

        .target(name: "FlowTestSupport", dependencies: ["FlowCore"], path: "Tests/FlowTestSupport"),
        .testTarget(name: "FlowCoreTests", dependencies: ["FlowCore", "FlowTestSupport"]),
        .testTarget(name: "FlowFrontendTests", dependencies: [
            "FlowFrontend", "FlowCompiler", "FlowTestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "FlowAnalysisTests", dependencies: ["FlowAnalysis", "FlowCompiler", "FlowTestSupport"]),
        .testTarget(name: "FlowBackendsTests", dependencies: ["FlowBackends", "FlowCompiler", "FlowTestSupport"],
                    exclude: ["Goldens"]),
        .testTarget(name: "FlowcTests", dependencies: ["flowc", "FlowCompiler", "FlowTestSupport"]),
        .target(name: "LambdaTestSupport", dependencies: [
            "ConnectLambdaModels", "AWSClients", .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
        ], path: "Tests/LambdaTestSupport"),
        // A Lambda binary for the runtime's tests and benchmark (an echo and a failing handler).
        .executableTarget(name: "echo-lambda", dependencies: ["ConnectLambdaRuntime"], path: "Tests/EchoLambda"),
        // A benchmark of a Lambda binary under a local Runtime API: cold start and loop overhead.
        .executableTarget(name: "lambda-bench", dependencies: ["LambdaTestSupport"]),
        // A benchmark of the handlers' hot paths in process: cleansing a 6 MB Firehose batch, a
        // validation answered from the profile cache.
        .executableTarget(name: "handler-bench", dependencies: [
            "ContactRecords", "CallCentreLambdas", "LambdaContracts", "LambdaEvents", "ConnectLambdaModels", "AWSClients", "LambdaTestSupport",
        ]),
        .testTarget(name: "ConnectLambdaRuntimeTests", dependencies: ["ConnectLambdaRuntime", "LambdaTestSupport", "echo-lambda"]),
        .testTarget(name: "CallCentreLambdasTests", dependencies: [
            "CallCentreLambdas", "BackOffice", "AWSClients", "LambdaContracts", "ConnectLambdaModels", "LambdaEvents", "LambdaTestSupport",
            "call-centre-lambdas",
        ]),
        .testTarget(name: "AWSClientsTests", dependencies: ["AWSClients", "LambdaTestSupport"]),
        .testTarget(name: "DynamoDBLockTests", dependencies: ["DynamoDBLock", "AWSClients", "ConnectLambdaModels", "LambdaTestSupport"]),
        .testTarget(name: "CallQualityMonitorTests", dependencies: [
            "CallQualityMonitor", "AWSClients", "LambdaContracts", "LambdaEvents", "LambdaTestSupport",
        ]),
        .testTarget(name: "ContactDataLambdasTests", dependencies: [
            "ContactDataLambdas", "ContactRecords", "LambdaContracts", "LambdaEvents", "ConnectLambdaRuntime", "AWSClients",
            "LambdaTestSupport",
        ], exclude: ["Records"]),
        .testTarget(name: "ReportingStoreTests", dependencies: [
            "ReportingStore", "AWSClients", "LambdaEvents", "ConnectLambdaModels", "LambdaTestSupport",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .testTarget(name: "ConnectLambdaModelsTests", dependencies: ["ConnectLambdaModels", "LambdaContracts"], exclude: ["Events"]),
    ],
    swiftLanguageModes: [.v6]
)
