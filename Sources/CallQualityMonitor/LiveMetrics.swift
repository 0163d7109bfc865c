import AWSClients
import ConnectLambdaModels
import Foundation
import LambdaContracts

/// The KPIs of a Connect instance's queues: the last complete quarter-hour from
/// `GetMetricDataV2` (grouped by queue) and the moment from `GetCurrentMetricData`; and its
/// flows' starts and outcomes. A value Connect cannot calculate (null, or no row) is not
/// published: a missing point, never a zero.
public struct LiveMetrics: Sendable {
    public let connect: Connect
    public let instanceArn: String
    /// Queue names (the dimension's values) by the queue ids Connect answers with.
    public let queues: [String: String]
    /// Flow names by their ids.
    public let flows: [String: String]

    public init(connect: Connect, instanceArn: String, queues: [String: String], flows: [String: String] = [:]) {
        self.connect = connect
        self.instanceArn = instanceArn
        self.queues = queues
        self.flows = flows
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

    /// Flows started, and flows ended by outcome type, in the last complete quarter-hour:
    /// GetMetricDataV2's `FLOWS_STARTED` grouped by `FLOWS_RESOURCE_ID`, and `FLOWS_OUTCOME`
    /// grouped by it and `FLOWS_OUTCOME_TYPE` too, whose values are published as Connect gives them
    /// (reference §4.1; the admin guide's "Flow outcome" definition lists them). At most 100
    /// flows a query, the API's limit on filter values.
    public func flowMeasurements(now: Date, deadline: Date, logger: LambdaLogger) async throws(AWSError) -> [FlowMeasurement] {
        let (start, end) = Self.lastQuarterHour(before: now)
        let ids = flows.keys.sorted()
        var measurements: [FlowMeasurement] = []
        for first in stride(from: 0, to: ids.count, by: 100) {
            let chunk = Array(ids[first..<min(first + 100, ids.count)])
            for (metric, groupings) in [(CallQualityMetrics.FlowMetric.flowsStarted, ["FLOWS_RESOURCE_ID"]),
                                        (.flowOutcomes, ["FLOWS_RESOURCE_ID", "FLOWS_OUTCOME_TYPE"])] {
                let name = metric == .flowsStarted ? "FLOWS_STARTED" : "FLOWS_OUTCOME"
                let query = Connect.MetricQuery(instanceArn: instanceArn, start: start, end: end, period: .fifteenMinutes,
                                                filters: [("FLOWS_RESOURCE_ID", chunk)], groupings: groupings, metrics: [name])
                for row in try await connect.getMetricData(query, now: now, deadline: deadline) {
                    guard let id = row.dimensions["FLOWS_RESOURCE_ID"], let flow = Self.name(of: id, in: flows) else { continue }
                    guard case .some(.some(let value)) = row.values[name], value.isFinite else {
                        logger.info("no value to publish", ["flow": flow, "metric": metric.rawValue])
                        continue
                    }
                    let outcome = metric == .flowOutcomes ? row.dimensions["FLOWS_OUTCOME_TYPE"] : nil
                    if metric == .flowOutcomes, outcome.map({ $0.isEmpty || $0.count > 1024 }) ?? true { continue }
                    measurements.append(FlowMeasurement(flow: flow, metric: metric, outcome: outcome, value: value, time: end))
                }
            }
        }
        return measurements
    }

    /// A queue's name by its id or ARN (Connect answers with either).
    private func name(of id: String) -> String? { Self.name(of: id, in: queues) }

    private static func name(of id: String, in names: [String: String]) -> String? {
        names[id] ?? names[String(id.split(separator: "/").last ?? "")]
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
