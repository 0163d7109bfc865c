import ConnectLambdaModels
import Foundation
import FuzzSupport

/// Connect's Lambda event from the fuzzer's bytes, decoded as the runtime decodes each
/// invocation before a handler sees it.
@_cdecl("FuzzContactFlowEvent_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes, count in
        _ = try? JSONDecoder().decode(ContactFlowEvent.self, from: fuzzData(bytes, count))
        return 0
    }
}
