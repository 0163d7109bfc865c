import AWSClients
@testable import CallQualityMonitor
import Foundation
import LambdaContracts
import LambdaEvents
import LambdaTestSupport
import Synchronization
import Testing

/// The ingestor end to end: demo and live (a local stand-in for Connect's metrics APIs) into
/// moto's CloudWatch, read back; its configuration refused clearly.
@Suite("Metrics ingestor", .serialized)
struct MetricsIngestorTests {
    static let context = EventContext(requestId: "r", deadline: Date().addingTimeInterval(120))
    static func metrics(_ cloudWatch: CloudWatch, _ namespace: String) async throws -> String {
        String(decoding: try await cloudWatch.client.query("ListMetrics", version: "2010-08-01", [("Namespace", namespace)],
                                                            deadline: Date().addingTimeInterval(10)), as: UTF8.self)
    }

    @Test("configuration refused: no queues, an unknown mode, live without the instance or the queues' ids", arguments: [
        [:], ["QUEUES": "billing", "MODE": "test"], ["QUEUES": "billing=q1", "MODE": "live"], ["QUEUES": "billing", "MODE": "live",
                                                                                              "CONNECT_INSTANCE_ARN": "arn:aws:connect:eu-west-2:1:instance/i"],
    ])
    func refused(_ environment: [String: String]) async {
        await #expect(throws: AWSError.self) { _ = try await MetricsIngestor(environment: environment).handle(.init(), context: Self.context) }
    }

    @Test("demo: every queue's KPIs in CloudWatch under the Queue dimension, with a day of backfill",
          .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"))
    func demo() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let environment = moto.environment.merging(["MODE": "demo", "QUEUES": "billing,sales", "METRIC_NAMESPACE": "Demo/Quality"]) { $1 }
        let tenAM = Date(timeIntervalSince1970: 1_796_119_200)
        let report = try await MetricsIngestor(environment: environment, now: { tenAM })
            .handle(.init(time: nil, detail: .init(backfillDays: 1)), context: Self.context)
        #expect(report.mode == "demo" && report.published > 2 * 5 && report.published < 97 * 2 * 5)
        let listed = try await Self.metrics(try CloudWatch.fromEnvironment(moto.environment), "Demo/Quality")
        for name in CallQualityMetrics.Metric.allCases.map(\.rawValue) + ["<Value>billing</Value>", "<Value>sales</Value>", "<Name>Queue</Name>"] {
            #expect(listed.contains(name), "\(name)")
        }
    }

    @Test("live: the last quarter-hour and the moment from Connect, a null value left out",
          .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"))
    func live() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let connect = try await LocalHTTPServer.start { request in
            if request.uri == "/metrics/data" {
                return .init(json: """
                    {"MetricResults": [{"Dimensions": {"QUEUE": "q1"}, "Collections": [{"Metric": {"Name": "AVG_HANDLE_TIME"}, "Value": 300},
                      {"Metric": {"Name": "AVG_QUEUE_ANSWER_TIME"}, "Value": 42}, {"Metric": {"Name": "ABANDONMENT_RATE"}, "Value": null}]}]}
                    """)
            }
            return .init(json: """
                {"MetricResults": [{"Dimensions": {"Queue": {"Id": "q1"}}, "Collections": [{"Metric": {"Name": "CONTACTS_IN_QUEUE"}, "Value": 3},
                  {"Metric": {"Name": "OLDEST_CONTACT_AGE"}, "Value": 75}]}]}
                """)
        }
        defer { Task { await connect.stop() } }
        let environment = moto.environment.merging([
            "MODE": "live", "QUEUES": "billing=q1", "CONNECT_INSTANCE_ARN": "arn:aws:connect:eu-west-2:111122223333:instance/i-1",
            "AWS_ENDPOINT_URL_CONNECT": connect.url, "METRIC_NAMESPACE": "Live/Quality",
        ]) { $1 }
        let report = try await MetricsIngestor(environment: environment).handle(.init(), context: Self.context)
        #expect(report == .init(mode: "live", published: 4))
        let listed = try await Self.metrics(try CloudWatch.fromEnvironment(moto.environment), "Live/Quality")
        #expect(listed.contains("AverageHandleTime") && listed.contains("OldestContactAge") && !listed.contains("AbandonmentRate"))
        let requests = await connect.requests
        #expect(requests.map(\.uri) == ["/metrics/data", "/metrics/current/i-1"])
        #expect(requests.first?.json?["Interval"] as? [String: String] == ["IntervalPeriod": "FIFTEEN_MIN", "TimeZone": "UTC"])
    }
}
