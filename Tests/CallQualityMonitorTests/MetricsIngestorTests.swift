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

    @Test("configuration refused: no queues, an unknown mode, live without the instance or the queues' or flows' ids", arguments: [
        [:], ["QUEUES": "billing", "MODE": "test"], ["QUEUES": "billing=q1", "MODE": "live"], ["QUEUES": "billing", "MODE": "live",
                                                                                              "CONNECT_INSTANCE_ARN": "arn:aws:connect:eu-west-2:1:instance/i"],
        ["QUEUES": "billing=q1", "FLOWS": "main-ivr", "MODE": "live", "CONNECT_INSTANCE_ARN": "arn:aws:connect:eu-west-2:1:instance/i"],
    ])
    func refused(_ environment: [String: String]) async {
        await #expect(throws: AWSError.self) { _ = try await MetricsIngestor(environment: environment).handle(.init(), context: Self.context) }
    }

    @Test("demo: every queue's KPIs in CloudWatch under the Queue dimension, with a day of backfill",
          .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"))
    func demo() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let environment = moto.environment.merging(["MODE": "demo", "QUEUES": "billing,sales", "FLOWS": "main-ivr",
                                                    "METRIC_NAMESPACE": "Demo/Quality"]) { $1 }
        let tenAM = Date(timeIntervalSince1970: 1_796_119_200)
        let report = try await MetricsIngestor(environment: environment, now: { tenAM })
            .handle(.init(time: nil, detail: .init(backfillDays: 1)), context: Self.context)
        #expect(report.mode == "demo" && report.published > 2 * 5 && report.published < 97 * (2 * 5 + 1))
        let listed = try await Self.metrics(try CloudWatch.fromEnvironment(moto.environment), "Demo/Quality")
        for name in CallQualityMetrics.Metric.allCases.map(\.rawValue) + ["<Value>billing</Value>", "<Value>sales</Value>", "<Name>Queue</Name>",
                                                                          "FlowsStarted", "<Name>Flow</Name>", "<Value>main-ivr</Value>"] {
            #expect(listed.contains(name), "\(name)")
        }
    }

    @Test("live: the last quarter-hour and the moment from Connect, a null value left out",
          .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"))
    func live() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let connect = try await LocalHTTPServer.start { request in
            let groupings = request.json?["Groupings"] as? [String] ?? []
            if request.uri == "/metrics/data", groupings == ["FLOWS_RESOURCE_ID"] {
                return .init(json: """
                    {"MetricResults": [{"Dimensions": {"FLOWS_RESOURCE_ID": "arn:aws:connect:eu-west-2:111122223333:instance/i-1/contact-flow/f1"},
                      "Collections": [{"Metric": {"Name": "FLOWS_STARTED"}, "Value": 120}]},
                      {"Dimensions": {"FLOWS_RESOURCE_ID": "not-ours"}, "Collections": [{"Metric": {"Name": "FLOWS_STARTED"}, "Value": 9}]}]}
                    """)
            }
            if request.uri == "/metrics/data", groupings == ["FLOWS_RESOURCE_ID", "FLOWS_OUTCOME_TYPE"] {
                return .init(json: """
                    {"MetricResults": [{"Dimensions": {"FLOWS_RESOURCE_ID": "f1", "FLOWS_OUTCOME_TYPE": "AN_OUTCOME"},
                      "Collections": [{"Metric": {"Name": "FLOWS_OUTCOME"}, "Value": 7}]},
                      {"Dimensions": {"FLOWS_RESOURCE_ID": "f1", "FLOWS_OUTCOME_TYPE": "ANOTHER"}, "Collections": [{"Metric": {"Name": "FLOWS_OUTCOME"}, "Value": null}]}]}
                    """)
            }
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
            "MODE": "live", "QUEUES": "billing=q1", "FLOWS": "main-ivr=f1", "CONNECT_INSTANCE_ARN": "arn:aws:connect:eu-west-2:111122223333:instance/i-1",
            "AWS_ENDPOINT_URL_CONNECT": connect.url, "METRIC_NAMESPACE": "Live/Quality",
        ]) { $1 }
        let report = try await MetricsIngestor(environment: environment).handle(.init(), context: Self.context)
        #expect(report == .init(mode: "live", published: 4 + 2), "four KPIs, the flow's starts and its one outcome with a value")
        let listed = try await Self.metrics(try CloudWatch.fromEnvironment(moto.environment), "Live/Quality")
        #expect(listed.contains("AverageHandleTime") && listed.contains("OldestContactAge") && !listed.contains("AbandonmentRate"))
        #expect(listed.contains("<Value>AN_OUTCOME</Value>") && listed.contains("<Name>Outcome</Name>") && !listed.contains("ANOTHER"),
                "outcome types as Connect reports them")
        let requests = await connect.requests
        #expect(requests.map(\.uri) == ["/metrics/data", "/metrics/current/i-1", "/metrics/data", "/metrics/data"])
        let filter = (requests[2].json?["Filters"] as? [NSDictionary])?.first
        #expect(filter?["FilterKey"] as? String == "FLOWS_RESOURCE_ID" && filter?["FilterValues"] as? [String] == ["f1"], "flows by their ids")
        #expect(requests.first?.json?["Interval"] as? [String: String] == ["IntervalPeriod": "FIFTEEN_MIN", "TimeZone": "UTC"])
    }
}
