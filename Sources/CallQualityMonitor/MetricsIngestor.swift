import AWSClients
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaEvents

/// `metrics-ingestor`: run on a schedule, publishes every queue's KPIs to CloudWatch — from
/// Connect (`MODE=live`) or made up (`MODE=demo`, `DemoCallCentre`, no instance needed).
///
/// Environment: `MODE`; `QUEUES`, the queues as `name=id` pairs, comma-separated (demo needs
/// only the names); `FLOWS`, the flows alike (optional; their starts and, live, outcomes under
/// the `Flow` dimension); `CONNECT_INSTANCE_ARN` (live); `METRIC_NAMESPACE` (by default the one
/// flowc.yaml names, `CallQualityMetrics.namespace`); `DEMO_SEED`. Metric names, units and the
/// dimension are the generated `CallQualityMetrics`, which the dashboard and alarms share. A
/// scheduled event's `detail.backfillDays` (demo only, at most 14: CloudWatch takes points up
/// to two weeks old) publishes every quarter-hour of that many past days first, so the anomaly
/// models have history to learn from.
public struct MetricsIngestor: EventHandler {
    public static let name = "metrics-ingestor"

    public struct Event: Decodable, Sendable {
        public struct Detail: Decodable, Sendable { public var backfillDays: Int? }
        public var time: String?
        public var detail: Detail?
    }

    public struct Report: Encodable, Sendable, Equatable {
        public var mode: String
        public var published: Int
    }

    let environment: [String: String]
    let now: @Sendable () -> Date

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, now: @escaping @Sendable () -> Date = { Date() }) {
        self.environment = environment
        self.now = now
    }

    public func handle(_ event: Event, context: EventContext) async throws -> Report {
        let settings = try Settings(environment)
        let time = now()
        let measurements: [QueueMeasurement]
        var flowMeasurements: [FlowMeasurement] = []
        switch settings.mode {
        case .demo(let seed):
            let demo = DemoCallCentre(seed: seed, queues: settings.queues.map(\.name), flows: settings.flows.map(\.name))
            let days = min(max(event.detail?.backfillDays ?? 0, 0), 14)
            let quarterHours = stride(from: days * 96, to: 0, by: -1).map { time.addingTimeInterval(-Double($0) * 900) }
            measurements = (quarterHours + [time]).flatMap(demo.measurements(at:))
            flowMeasurements = (quarterHours + [time]).flatMap(demo.flowMeasurements(at:))
        case .live(let instanceArn):
            let live = LiveMetrics(connect: try Connect.fromEnvironment(environment), instanceArn: instanceArn,
                                   queues: Dictionary(settings.queues.map { ($0.id, $0.name) }) { first, _ in first },
                                   flows: Dictionary(settings.flows.map { ($0.id, $0.name) }) { first, _ in first })
            measurements = try await live.measurements(now: time, deadline: context.deadline, logger: context.logger)
            do {
                flowMeasurements = try await live.flowMeasurements(now: time, deadline: context.deadline, logger: context.logger)
            } catch {
                // The queues' KPIs still go out; the flows' are missing points, and the log says why.
                context.logger.error("flow metrics not read", ["error": String(describing: error)])
            }
        }
        let data = measurements.map { measurement in
            CloudWatch.Datum(name: measurement.kpi.rawValue, value: measurement.value, unit: measurement.kpi.unit,
                             dimensions: [(CallQualityMetrics.queueDimension, measurement.queue)], timestamp: measurement.time)
        } + flowMeasurements.map { measurement in
            CloudWatch.Datum(name: measurement.metric.rawValue, value: measurement.value, unit: measurement.metric.unit,
                             dimensions: [(CallQualityMetrics.flowDimension, measurement.flow)]
                                 + (measurement.outcome.map { [(CallQualityMetrics.outcomeDimension, $0)] } ?? []),
                             timestamp: measurement.time)
        }
        try await CloudWatch.fromEnvironment(environment).put(namespace: settings.namespace, data, deadline: context.deadline)
        context.logger.info("metrics published", ["count": String(data.count), "mode": settings.mode.name])
        return Report(mode: settings.mode.name, published: data.count)
    }

    struct Settings {
        enum Mode {
            case demo(seed: UInt64), live(instanceArn: String)
            var name: String { if case .demo = self { "demo" } else { "live" } }
        }
        var mode: Mode
        var queues: [(name: String, id: String)]
        var flows: [(name: String, id: String)]
        var namespace: String

        /// `name=id` pairs, comma-separated (`name` alone leaves the id empty).
        static func pairs(_ setting: String?) -> [(name: String, id: String)] {
            (setting ?? "").split(separator: ",").map { entry in
                let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }.filter { !$0.name.isEmpty }
        }

        init(_ environment: [String: String]) throws {
            queues = Self.pairs(environment["QUEUES"])
            flows = Self.pairs(environment["FLOWS"])
            guard !queues.isEmpty else { throw AWSError.configuration("QUEUES must name the queues (name=id, comma-separated)") }
            namespace = environment["METRIC_NAMESPACE"].flatMap { $0.isEmpty ? nil : $0 } ?? CallQualityMetrics.namespace
            switch environment["MODE"] ?? "" {
            case "demo":
                mode = .demo(seed: environment["DEMO_SEED"].flatMap(UInt64.init) ?? 1)
            case "live":
                guard let arn = environment["CONNECT_INSTANCE_ARN"], arn.hasPrefix("arn:"), arn.contains(":instance/") else {
                    throw AWSError.configuration("live mode needs CONNECT_INSTANCE_ARN, the Connect instance's ARN")
                }
                guard queues.allSatisfy({ !$0.id.isEmpty }) else {
                    throw AWSError.configuration("live mode needs each queue's id in QUEUES (name=id)")
                }
                guard flows.allSatisfy({ !$0.id.isEmpty }) else {
                    throw AWSError.configuration("live mode needs each flow's id in FLOWS (name=id)")
                }
                mode = .live(instanceArn: arn)
            case let other:
                throw AWSError.configuration("MODE must be demo or live, not '\(other)'")
            }
        }
    }
}
