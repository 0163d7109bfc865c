import Foundation
import Testing

/// Generated contracts are compiled, not only compared: the goldens of the contract emitter
/// type-check against `ConnectLambdaModels`, and handlers type-check against this package's own
/// contracts (`LambdaContracts`, built from flows-src) — unless they break the contract.
///
/// `swiftc -typecheck` against the modules this test run built; a nested `swift build` would
/// wait on the package lock.
@Suite("Contracts compile")
struct ContractCompilationTests {
    static let modules = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("Modules")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The compiler's exit status and what it printed, for `sources` (file name → text). Waits
    /// without holding a thread of the test pool: a type-check takes seconds, and a blocked pool
    /// stalls every other test.
    static func typecheck(_ sources: [String: String] = [:], files: [URL] = []) async throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowc-typecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths = files.map(\.path)
        for (name, text) in sources {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            paths.append(folder.appendingPathComponent(name).path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-swift-version", "6", "-I", modules.path,
                             "-module-cache-path", folder.appendingPathComponent("cache").path] + paths
        let output = folder.appendingPathComponent("output.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try handle.close()
        return (status, try String(contentsOf: output, encoding: .utf8))
    }

    static let imports = "import ConnectLambdaModels\nimport LambdaContracts\n\n"

    @Test("the contract emitter's goldens compile against ConnectLambdaModels")
    func goldensCompile() async throws {
        let folder = Self.repository.appendingPathComponent("Tests/FlowBackendsTests/Goldens/contracts/swift")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        #expect(files.count >= 3)
        let result = try await Self.typecheck(files: files)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("a handler that keeps the contract compiles")
    func keepsContract() async throws {
        let result = try await Self.typecheck(["Lookup.swift": Self.imports + """
            struct Lookup: CustomerLookup.Handler {
                func handle(_ input: CustomerLookup.Input, context: InvocationContext) async throws -> CustomerLookup.Output {
                    CustomerLookup.Output(found: false, customerId: "", firstName: "", tier: "")
                }
            }
            """])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("a handler that does not return a declared output does not compile")
    func missingOutput() async throws {
        let result = try await Self.typecheck(["Lookup.swift": Self.imports + """
            struct Lookup: CustomerLookup.Handler {
                func handle(_ input: CustomerLookup.Input, context: InvocationContext) async throws -> CustomerLookup.Output {
                    CustomerLookup.Output(found: false, customerId: "", firstName: "")
                }
            }
            """])
        #expect(result.status != 0)
        #expect(result.output.contains("missing argument for parameter 'tier'"), "\(result.output)")
    }

    @Test("a handler that reads an input the contract does not declare does not compile")
    func undeclaredInput() async throws {
        let result = try await Self.typecheck(["Lookup.swift": Self.imports + """
            struct Lookup: CustomerLookup.Handler {
                func handle(_ input: CustomerLookup.Input, context: InvocationContext) async throws -> CustomerLookup.Output {
                    CustomerLookup.Output(found: input.accountNumber.isEmpty, customerId: "", firstName: "", tier: "")
                }
            }
            """])
        #expect(result.status != 0)
        #expect(result.output.contains("has no member 'accountNumber'"), "\(result.output)")
    }

    @Test("a set of handlers that leaves one function out does not compile")
    func missingHandler() async throws {
        let result = try await Self.typecheck(["Handlers.swift": Self.imports + """
            struct Handlers: LambdaHandlers {}
            """])
        #expect(result.status != 0)
        #expect(result.output.contains("does not conform to protocol 'LambdaHandlers'"), "\(result.output)")
    }
}
