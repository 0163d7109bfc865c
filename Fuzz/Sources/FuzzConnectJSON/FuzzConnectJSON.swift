import FlowCompiler
import FlowCore
import FuzzSupport

/// A Connect flow-language JSON document from the fuzzer's bytes, read and analysed as
/// `flowc check flow.json` does.
@_cdecl("FuzzConnectJSON_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes, count in
        let file = SourceFile(path: "fuzz.json", relativePath: "fuzz.json", contents: fuzzData(bytes, count))
        _ = Compiler.check(connectJSON: file, options: CompileOptions())
        return 0
    }
}
