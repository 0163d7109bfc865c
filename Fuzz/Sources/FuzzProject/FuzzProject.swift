import FlowCompiler
import FlowCore
import Foundation
import FuzzSupport

/// A flowc project from the fuzzer's bytes, compiled as `flowc check` does: `flowc.yaml` is the
/// bytes before the first NUL and the one flow file the bytes after it (with no NUL, the flow
/// alone, in a project that declares a queue, hours, a prompt and a Lambda).
@_cdecl("FuzzProject_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes, count in
        let data = fuzzData(bytes, count)
        let project: Data, flow: Data
        if let split = data.firstIndex(of: 0) {
            project = data[data.startIndex..<split]
            flow = data[(split + 1)...]
        } else {
            project = Data(RuleExample.project.utf8)
            flow = data
        }
        let sources = ProjectSources(root: "fuzz", files: [
            SourceFile(path: "fuzz/flowc.yaml", relativePath: "flowc.yaml", contents: project),
            SourceFile(path: "fuzz/flows/flow.yaml", relativePath: "flows/flow.yaml", contents: flow),
        ])
        _ = Compiler.compile(sources)
        return 0
    }
}
