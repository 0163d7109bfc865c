import ConnectLambdaModels
import ContactRecords
import Foundation
import FuzzSupport
import LambdaEvents

/// The contact-record transformation Firehose invokes, on the fuzzer's bytes: as Firehose's
/// event (decoded, then transformed) and as one record's data (in a batch of two copies). Every
/// batch must come back whole: a result per record, in order, by id; the copy `Dropped`
/// when the first is `Ok`, failed like it otherwise. A broken promise stops the fuzzer.
@_cdecl("FuzzFirehoseRecord_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes, count in
        let data = fuzzData(bytes, count)
        if let event = try? JSONDecoder().decode(FirehoseTransformation.Event.self, from: data) {
            checkWhole(event)
        }
        let record = data.base64EncodedString()
        checkWhole(FirehoseTransformation.Event(invocationId: "fuzz", records: [
            .init(recordId: "first", data: record), .init(recordId: "copy", data: record),
        ]), copies: true)
        return 0
    }
}

private let handler = ContactRecordCleansingHandler()
private let silent = LambdaLogger(minimumLevel: .error, write: { _ in })

/// Transforms `event` and stops the process when the answer is not one result per record, in
/// order; with `copies`, when the second record (a copy of the first) is not treated as one.
private func checkWhole(_ event: FirehoseTransformation.Event, copies: Bool = false) {
    guard let response = try? handler.transform(event, logger: silent) else { return }  // only "over 6 MB" is thrown
    precondition(response.records.map(\.recordId) == event.records.map(\.recordId), "a record's result is missing or out of order")
    guard copies else { return }
    let (first, copy) = (response.records[0], response.records[1])
    switch first.result {
    case .ok: precondition(copy.result == .dropped, "a copy of a cleansed record was not dropped")
    case .processingFailed: precondition(copy.result == .processingFailed && first.data == event.records[0].data,
                                         "a record that failed was not given back as it came")
    case .dropped: preconditionFailure("the first record of a batch was dropped")
    }
}
