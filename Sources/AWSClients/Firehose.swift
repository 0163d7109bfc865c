import Foundation

/// The Firehose call the call centre makes: `PutRecordBatch` (AWS JSON 1.1, target
/// `Firehose_20150804`). Limits from the API reference: 500 records and 4 MiB per request, a
/// record at most 1,000 KiB.
public struct Firehose: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> Firehose {
        Firehose(client: try .fromEnvironment(service: "FIREHOSE", signingName: "firehose", targetPrefix: "Firehose_20150804",
                                              contentType: "application/x-amz-json-1.1", environment, retry: retry, clock: clock,
                                              random: random))
    }

    static let recordsPerRequest = 500, bytesPerRequest = 4 * 1024 * 1024, bytesPerRecord = 1000 * 1024

    /// `PutRecordBatch` for every record, split within the limits; the indexes of the records
    /// Firehose did not take (`FailedPutCount`: the caller retries those, not the batch). A
    /// record over 1,000 KiB is refused before anything is sent.
    public func putRecords(stream: String, _ records: [Data], deadline: Date) async throws(AWSError) -> [Int] {
        if let index = records.firstIndex(where: { $0.count > Self.bytesPerRecord }) {
            throw .service(code: "InvalidArgumentException", message: "record \(index) is over Firehose's 1,000 KiB", status: 400)
        }
        var failed: [Int] = [], start = 0
        while start < records.count {
            var end = start, bytes = 0
            while end < records.count, end - start < Self.recordsPerRequest, bytes + records[end].count <= Self.bytesPerRequest {
                bytes += records[end].count
                end += 1
            }
            failed += try await put(stream, records[start..<end], deadline: deadline).map { $0 + start }
            start = end
        }
        return failed
    }

    private func put(_ stream: String, _ records: ArraySlice<Data>, deadline: Date) async throws(AWSError) -> [Int] {
        struct Request: Encodable {
            struct Record: Encodable { var Data: String }
            var DeliveryStreamName: String
            var Records: [Record]
        }
        struct Answer: Decodable {
            struct Result: Decodable { var ErrorCode: String? }
            var FailedPutCount: Int
            var RequestResponses: [Result]
        }
        let body = (try? JSONEncoder().encode(Request(DeliveryStreamName: stream, Records: records.map { .init(Data: $0.base64EncodedString()) })))
            ?? Data()
        let answer = try await client.call("PutRecordBatch", body, deadline: deadline)
        guard let decoded = try? JSONDecoder().decode(Answer.self, from: answer) else {
            throw .service(code: "InvalidAnswer", message: "PutRecordBatch's answer is not a result per record", status: 200)
        }
        return decoded.RequestResponses.enumerated().compactMap { $0.element.ErrorCode == nil ? nil : $0.offset }
    }
}
