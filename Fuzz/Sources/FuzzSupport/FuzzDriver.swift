import Foundation

/// One input from libFuzzer: its bytes.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ test: FuzzInput) -> CInt

/// Hands the command line to libFuzzer with the target's test. SwiftPM links an executable's
/// `main` to `TARGET_main`, so each target defines that and calls this (libFuzzer's own `main`
/// is then never linked).
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: FuzzInput) -> CInt {
    var count = argc, arguments = argv
    return runDriver(&count, &arguments, test)
}

/// The input's bytes.
public func fuzzData(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
    bytes.map { Data(bytes: $0, count: count) } ?? Data()
}
