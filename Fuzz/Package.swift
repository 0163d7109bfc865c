// swift-tools-version:6.0
// flowc's fuzz targets, a package of their own because they are built only with libFuzzer
// (`-sanitize=fuzzer -parse-as-library`), which the main package's builds must not be. Build and
// run them with scripts/fuzz; docs/robustness.md has the campaigns and what they found.
import PackageDescription

let compiler: [Target.Dependency] = ["FuzzSupport", .product(name: "FlowCompiler", package: "flowc")]

let package = Package(
    name: "flowc-fuzz",
    dependencies: [.package(name: "flowc", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzProject", dependencies: compiler),
        .executableTarget(name: "FuzzConnectJSON", dependencies: compiler),
        .executableTarget(name: "FuzzImport", dependencies: compiler),
        .executableTarget(name: "FuzzContactFlowEvent", dependencies: [
            "FuzzSupport", .product(name: "ConnectLambdaModels", package: "flowc"),
        ]),
        .executableTarget(name: "FuzzFirehoseRecord", dependencies: [
            "FuzzSupport", .product(name: "ContactRecords", package: "flowc"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
