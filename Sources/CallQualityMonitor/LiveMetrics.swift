import AWSClients
import ConnectLambdaModels
import Foundation
import LambdaContracts

/// The KPIs of a Connect instance's queues: the last complete quarter-hour from
/// `GetMetricDataV2` (grouped by queue) and the moment from `GetCurrentMetricData`. A value
/// Connect cannot calculate (null, or no row) is not published: a missing point, never a zero.
public struct LiveMetrics: Sendable {
    public let connect: Connect
    public let instanceArn: String
    /// Queue names (the dimension's values) by the queue ids Connect answers with.
    public let queues: [String: String]

    public init(connect: Connect, instanceArn: String, queues: [String: String]) {
        self.connect = connect
        self.instanceArn = instanceArn
        self.queues = queues
    }

    /// The quarter-hour that ended last before `now`.
    public static func lastQuarterHour(before now: Date) -> (start: Date, end: Date) {
        let end = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 900).rounded(.down) * 900)
        return (end.addingTimeInterval(-900), end)
    }

    public func measurements(now: Date, deadline: Date, logger: LambdaLogger) async throws(AWSError) -> [QueueMeasurement] {
        let ids = queues.keys.sorted()
        let (start, end) = Self.lastQuarterHour(before: now)
        let historical = CallQualityMetrics.Metric.allCases.filter { !$0.connectMetric.current }
        let current = CallQualityMetrics.Metric.allCases.filter(\.connectMetric.current)
        let query = Connect.MetricQuery(instanceArn: instanceArn, start: start, end: end, period: .fifteenMinutes,
                                        filters: [("QUEUE", ids)], groupings: ["QUEUE"], metrics: historical.map(\.connectMetric.name))
        var measurements: [QueueMeasurement] = []
        for row in try await connect.getMetricData(query, now: now, deadline: deadline) {
            guard let id = row.dimensions["QUEUE"], let queue = name(of: id) else { continue }
            measurements += values(historical, from: row.values, queue: queue, time: end, logger: logger)
        }
        let instanceId = String(instanceArn.split(separator: "/").last ?? "")
        let live = try await connect.getCurrentMetricData(instanceId: instanceId, queues: ids,
                                                          metrics: current.map { ($0.connectMetric.name, $0 == .contactsInQueue ? "COUNT" : "SECONDS") },
                                                          deadline: deadline)
        for row in live {
            guard let id = row.queueId, let queue = name(of: id) else { continue }
            measurements += values(current, from: row.values, queue: queue, time: now, logger: logger)
        }
        return measurements
    }

    /// A queue's name by its id or ARN (Connect answers with either).
    private func name(of id: String) -> String? {
        queues[id] ?? queues[String(id.split(separator: "/").last ?? "")]
    }

    private func values(_ kpis: [CallQualityMetrics.Metric], from values: [String: Double?], queue: String, time: Date,
                        logger: LambdaLogger) -> [QueueMeasurement] {
        kpis.compactMap { kpi in
            guard case .some(.some(let value)) = values[kpi.connectMetric.name], value.isFinite else {
                logger.info("no value to publish", ["queue": queue, "metric": kpi.rawValue])
                return nil
            }
            return QueueMeasurement(queue: queue, kpi: kpi, value: value, time: time)
        }
    }
}
