@testable import AWSClients
import Foundation
import LambdaTestSupport
import Synchronization
import Testing

/// Connect's metrics APIs against a local stand-in (moto has neither): pages followed, null
/// values kept as nil, limits refused before sending, throttling (429) retried.
@Suite("Connect metrics")
struct ConnectMetricsTests {
    static func connect(_ server: LocalHTTPServer) throws -> Connect {
        try Connect.fromEnvironment(["AWS_REGION": "eu-west-2", "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret",
                                     "AWS_ENDPOINT_URL_CONNECT": server.url], clock: StepClock(), random: SeededRandom(seed: 7))
    }

    static let end = Date(timeIntervalSince1970: 1_796_112_000)
    /// Thirty seconds after the StepClock's start: the calls' deadline on its time.
    static let deadline = Date(timeIntervalSince1970: 1_800_000_030)

    static func query(_ period: Connect.MetricQuery.Period, days: Double) -> Connect.MetricQuery {
        .init(instanceArn: "arn:aws:connect:eu-west-2:111122223333:instance/i", start: end.addingTimeInterval(-days * 86_400), end: end,
              period: period, filters: [("QUEUE", ["q1", "q2"])], groupings: ["QUEUE"], metrics: ["AVG_HANDLE_TIME", "ABANDONMENT_RATE"])
    }

    @Test("GetMetricDataV2: both pages read, a null value nil, the request in epoch seconds and signed for connect; throttling retried")
    func historical() async throws {
        let calls = Mutex(0)
        let server = try await LocalHTTPServer.start { request in
            let call = calls.withLock { count in
                count += 1
                return count
            }
            if call == 1 { return .init(status: 429, json: #"{"message": "Rate exceeded"}"#, headers: [("x-amzn-ErrorType", "TooManyRequestsException")]) }
            guard request.uri == "/metrics/data", request.method == "POST" else { return .init(status: 404, json: "{}") }
            if request.json?["NextToken"] as? String == "page-2" {
                return .init(json: """
                    {"MetricResults": [{"Dimensions": {"QUEUE": "q2"}, "MetricInterval": {"Interval": "HOUR", "StartTime": 1796108400, "EndTime": 1796112000},
                      "Collections": [{"Metric": {"Name": "AVG_HANDLE_TIME"}, "Value": 200}]}]}
                    """)
            }
            return .init(json: """
                {"NextToken": "page-2", "MetricResults": [{"Dimensions": {"QUEUE": "q1"},
                  "Collections": [{"Metric": {"Name": "AVG_HANDLE_TIME"}, "Value": 312.5}, {"Metric": {"Name": "ABANDONMENT_RATE"}, "Value": null}]}]}
                """)
        }
        defer { Task { await server.stop() } }
        let results = try await Self.connect(server).getMetricData(Self.query(.hour, days: 1), now: Self.end.addingTimeInterval(60),
                                                                   deadline: Self.deadline)
        #expect(results.map(\.dimensions) == [["QUEUE": "q1"], ["QUEUE": "q2"]])
        #expect(results[0].values == ["AVG_HANDLE_TIME": 312.5, "ABANDONMENT_RATE": Double?.none])
        #expect(results[1].intervalEnd == Self.end)
        let first = try #require(await server.requests.dropFirst().first)
        #expect(first.json?["StartTime"] as? Int == 1_796_025_600 && first.json?["EndTime"] as? Int == 1_796_112_000)
        #expect(first.headers["authorization"]?.contains("/eu-west-2/connect/aws4_request") == true)
        #expect(await server.requests.count == 3)
    }

    @Test("limits refused before anything is sent", arguments: [
        (Connect.MetricQuery.Period.hour, 3.0), (.fifteenMinutes, 4), (.day, 35), (.total, 40),
    ])
    func refused(_ period: Connect.MetricQuery.Period, _ days: Double) async throws {
        let server = try await LocalHTTPServer.start { _ in .init(json: #"{"MetricResults": []}"#) }
        defer { Task { await server.stop() } }
        await #expect(throws: AWSError.self) {
            _ = try await Self.connect(server).getMetricData(Self.query(period, days: days), now: Self.end, deadline: Self.deadline)
        }
        #expect(await server.requests.isEmpty)
        var future = Self.query(.hour, days: 1)
        future.end = Self.end.addingTimeInterval(3_600)
        #expect(future.problem(now: Self.end) != nil && Self.query(.day, days: 34).problem(now: Self.end) == nil)
    }

    @Test("GetCurrentMetricData: grouped by queue, the instance in the path, pages followed, a missing value nil")
    func current() async throws {
        let server = try await LocalHTTPServer.start { request in
            guard request.uri == "/metrics/current/i-1" else { return .init(status: 404, json: "{}") }
            if request.json?["NextToken"] as? String == "n" {
                return .init(json: #"{"MetricResults": [{"Dimensions": {"Queue": {"Id": "q2"}}, "Collections": [{"Metric": {"Name": "CONTACTS_IN_QUEUE"}}]}]}"#)
            }
            return .init(json: """
                {"NextToken": "n", "DataSnapshotTime": 1796112000, "MetricResults": [{"Dimensions": {"Queue": {"Id": "q1", "Arn": "arn:q1"}},
                  "Collections": [{"Metric": {"Name": "CONTACTS_IN_QUEUE", "Unit": "COUNT"}, "Value": 4}, {"Metric": {"Name": "OLDEST_CONTACT_AGE", "Unit": "SECONDS"}, "Value": 95}]}]}
                """)
        }
        defer { Task { await server.stop() } }
        let results = try await Self.connect(server).getCurrentMetricData(instanceId: "i-1", queues: ["q1", "q2"],
                                                                          metrics: [("CONTACTS_IN_QUEUE", "COUNT"), ("OLDEST_CONTACT_AGE", "SECONDS")],
                                                                          deadline: Self.deadline)
        #expect(results == [.init(queueId: "q1", values: ["CONTACTS_IN_QUEUE": 4, "OLDEST_CONTACT_AGE": 95]),
                            .init(queueId: "q2", values: ["CONTACTS_IN_QUEUE": Double?.none])])
        #expect(await server.requests.first?.json?["Groupings"] as? [String] == ["QUEUE"])
    }
}
