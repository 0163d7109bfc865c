import ConnectLambdaModels
import ContactRecords
import Foundation
import LambdaEvents

/// Batches of contact records, different on every record and the same on every run (a seeded
/// generator), as large as Firehose may send.
struct CleansingBench {
    let seed: UInt64
    let requestBytes: Int

    struct Result {
        var records: Int, requestBytes: Int, seconds: Double
    }

    func run(times: Int) async throws -> Result {
        let (event, bytes) = batch()
        let handler = ContactRecordCleansingHandler()
        let context = EventContext(requestId: "bench", deadline: Date().addingTimeInterval(900), logger: LambdaLogger(minimumLevel: .error))
        var durations: [Double] = []
        for _ in 0..<times {
            let start = ContinuousClock.now
            let response = try await handler.handle(event, context: context)
            durations.append((ContinuousClock.now - start).timeInterval)
            guard response.records.count == event.records.count, response.records.allSatisfy({ $0.result == .ok }) else {
                throw BenchFailure("the batch did not cleanse: \(response.records.filter { $0.result != .ok }.count) records not Ok")
            }
        }
        return Result(records: event.records.count, requestBytes: bytes, seconds: durations.sorted()[durations.count / 2])
    }

    /// Records until the request (base64 data plus its JSON) reaches `requestBytes`.
    func batch() -> (FirehoseTransformation.Event, Int) {
        var random = SplitMix(seed)
        var records: [FirehoseTransformation.Record] = []
        var bytes = 200
        let channels = ["VOICE", "CHAT", "TASK"], methods = ["INBOUND", "OUTBOUND", "TRANSFER", "CALLBACK"]
        let queues = ["billing", "tech-support", "sales", "accounts", "vip", "retention", "business", "general"]
        while true {
            let id = String(format: "%08x-%04x-4%03x-8%03x-%012llx", random.next() % 0xFFFF_FFFF, random.next() % 0xFFFF, random.next() % 0xFFF,
                            random.next() % 0xFFF, random.next() % 0xFFFF_FFFF_FFFF)
            let start = 1_796_112_000 + Int(random.next() % 86_400)
            let queued = Int(random.next() % 600), talk = 30 + Int(random.next() % 900)
            let ctr = """
                {"AWSAccountId":"111122223333","AWSContactTraceRecordFormatVersion":"2017-03-10","ContactId":"\(id)",
                "InitialContactId":null,"PreviousContactId":null,"Channel":"\(channels[Int(random.next() % 3)])",
                "InitiationMethod":"\(methods[Int(random.next() % 4)])","InitiationTimestamp":"\(iso(start))",
                "ConnectedToSystemTimestamp":"\(iso(start + 1))","DisconnectTimestamp":"\(iso(start + queued + talk))",
                "LastUpdateTimestamp":"\(iso(start + queued + talk + 5))","InstanceARN":"arn:aws:connect:eu-west-2:111122223333:instance/i",
                "CustomerEndpoint":{"Address":"+4477009\(String(format: "%05d", random.next() % 100_000))","Type":"TELEPHONE_NUMBER"},
                "SystemEndpoint":{"Address":"+442079460000","Type":"TELEPHONE_NUMBER"},
                "Queue":{"ARN":"arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q","Name":"\(queues[Int(random.next() % 8)])",
                "EnqueueTimestamp":"\(iso(start + 20))","DequeueTimestamp":"\(iso(start + 20 + queued))","Duration":\(queued)},
                "Agent":{"ARN":"arn:aws:connect:eu-west-2:111122223333:instance/i/agent/a\(random.next() % 400)","Username":"agent\(random.next() % 400)",
                "ConnectedToAgentTimestamp":"\(iso(start + 20 + queued))","AgentInteractionDuration":\(talk),"CustomerHoldDuration":\(random.next() % 60),
                "NumberOfHolds":\(random.next() % 3),"RoutingProfile":{"ARN":"arn:…/routing-profile/r","Name":"Default"},
                "HierarchyGroups":null},"Attributes":{"surveyStatus":"recorded","customerId":"C-\(random.next() % 1_000_000)","tier":"gold"},
                "Recordings":[{"Location":"s3://recordings/\(id).wav","MediaStreamType":"AUDIO","StorageType":"S3"}]}
                """
            let data = Data(ctr.utf8).base64EncodedString()
            let recordBytes = data.utf8.count + 120
            guard bytes + recordBytes <= requestBytes else { break }
            bytes += recordBytes
            records.append(.init(recordId: "\(records.count)", approximateArrivalTimestamp: Int64(start) * 1000, data: data))
        }
        return (FirehoseTransformation.Event(invocationId: "bench", records: records), bytes)
    }

    private func iso(_ seconds: Int) -> String {
        Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}

/// SplitMix64: a fixed sequence from a seed.
struct SplitMix {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
