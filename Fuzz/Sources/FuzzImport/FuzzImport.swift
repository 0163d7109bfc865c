import FlowCompiler
import FlowCore
import FuzzSupport

/// A Connect JSON document from the fuzzer's bytes, imported as `flowc import` does: read,
/// written as flowc YAML and compiled again.
@_cdecl("FuzzImport_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes, count in
        let file = SourceFile(path: "fuzz.json", relativePath: "fuzz.json", contents: fuzzData(bytes, count))
        _ = Importer.run([file], kind: nil, name: "fuzzed", project: "fuzz")
        return 0
    }
}
