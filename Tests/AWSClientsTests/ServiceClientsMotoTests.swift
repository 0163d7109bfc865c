@testable import AWSClients
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LambdaTestSupport
import Testing

/// The small clients against moto: SNS and CloudWatch over the Query protocol (XML answers and
/// errors), Firehose and SQS batches split at the APIs' limits, S3 keys encoded once.
@Suite("AWS clients on moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized)
struct ServiceClientsMotoTests {
    static let later = Date().addingTimeInterval(30)

    @Test("SNS: published to a topic; a topic that does not exist is a final error with the XML body's code")
    func sns() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let sns = try SNS.fromEnvironment(moto.environment)
        let created = String(decoding: try await sns.client.query("CreateTopic", version: "2010-03-31", [("Name", "alerts")], deadline: Self.later),
                             as: UTF8.self)
        let topic = try #require(XMLError.element("TopicArn", in: created))
        #expect(try await !sns.publish(topicArn: topic, message: "Queue billing: abandonment above its band", subject: "flowc", deadline: Self.later).isEmpty)
        do {
            try await sns.publish(topicArn: topic + "-missing", message: "x", deadline: Self.later)
            Issue.record("published to a topic that does not exist")
        } catch {
            #expect(error.code == "NotFound" && !error.isRetryable, "\(error)")
        }
    }

    @Test("CloudWatch: 1,200 values in three requests, with their dimensions; NaN refused before sending")
    func cloudWatch() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let cloudWatch = try CloudWatch.fromEnvironment(moto.environment)
        let now = Date()
        let data = (0..<1_200).map { index in
            CloudWatch.Datum(name: "AbandonmentRate", value: Double(index % 7), unit: "Percent",
                             dimensions: [("Queue", "queue-\(index % 3)")], timestamp: now.addingTimeInterval(-Double(index)))
        }
        try await cloudWatch.put(namespace: "Flowc/CallQuality", data, deadline: Self.later)
        let listed = String(decoding: try await cloudWatch.client.query("ListMetrics", version: "2010-08-01", [("Namespace", "Flowc/CallQuality")],
                                                                        deadline: Self.later), as: UTF8.self)
        for queue in ["queue-0", "queue-1", "queue-2"] { #expect(listed.contains("<Value>\(queue)</Value>")) }
        await #expect(throws: AWSError.self) {
            try await cloudWatch.put(namespace: "N", [.init(name: "m", value: .nan, unit: "Count", timestamp: now)], deadline: Self.later)
        }
    }

    @Test("SQS: 23 messages in batches of ten, all received; Firehose: 1,100 records in three batches, none failed")
    func batches() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let sqs = try SQS.fromEnvironment(moto.environment)
        let created = try JSONSerialization.jsonObject(with: try await sqs.client.call("CreateQueue", Data(#"{"QueueName": "events"}"#.utf8),
                                                                                         deadline: Self.later)) as? [String: Any]
        let queue = try #require(created?["QueueUrl"] as? String)
        #expect(try await sqs.sendMessages(queueURL: queue, bodies: (0..<23).map { "m\($0)" }, deadline: Self.later) == [])
        let attributes = try JSONSerialization.jsonObject(with: try await sqs.client.call("GetQueueAttributes", Data("""
            {"QueueUrl": "\(queue)", "AttributeNames": ["ApproximateNumberOfMessages"]}
            """.utf8), deadline: Self.later)) as? [String: Any]
        #expect((attributes?["Attributes"] as? [String: String])?["ApproximateNumberOfMessages"] == "23")

        try await S3(environment: moto.environment).createBucket("lake", deadline: Self.later)
        let firehose = try Firehose.fromEnvironment(moto.environment)
        _ = try await firehose.client.call("CreateDeliveryStream", Data("""
            {"DeliveryStreamName": "ctr", "DeliveryStreamType": "DirectPut",
             "ExtendedS3DestinationConfiguration": {"RoleARN": "arn:aws:iam::123456789012:role/firehose", "BucketARN": "arn:aws:s3:::lake"}}
            """.utf8), deadline: Self.later)
        let records = (0..<1_100).map { Data(#"{"contact_id":"c-\#($0)"}"#.utf8 + [0x0A]) }
        #expect(try await firehose.putRecords(stream: "ctr", records, deadline: Self.later) == [])
        await #expect(throws: AWSError.self) {
            _ = try await firehose.putRecords(stream: "ctr", [Data(count: 1_100 * 1024)], deadline: Self.later)
        }
    }

    @Test("S3: a key with spaces, a plus and a non-ASCII letter is written where it says, encoded once")
    func s3() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let s3 = S3(environment: moto.environment)
        try await s3.createBucket("reports", deadline: Self.later)
        let body = Data(#"{"ok": true}"#.utf8)
        try await s3.putObject(bucket: "reports", key: "2026/12 01/a+b é.json", body, contentType: "application/json", deadline: Self.later)
        let listing = try #require(URL(string: "\(moto.url)/reports?list-type=2"))
        let (data, response) = try await URLSession.shared.data(from: listing)
        let keys = String(decoding: data, as: UTF8.self)
        #expect((response as? HTTPURLResponse)?.statusCode == 200 && keys.contains("<Key>2026/12 01/a+b é.json</Key>"), "\(keys)")
    }
}
