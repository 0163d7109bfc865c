import Foundation
import LambdaContracts

/// Where each call-quality metric comes from in Connect (the metrics are generated from
/// flowc.yaml: `CallQualityMetrics`): the metric's name in GetMetricDataV2 or, for a real-time
/// one, in GetCurrentMetricData.
extension CallQualityMetrics.Metric {
    public var connectMetric: (name: String, current: Bool) {
        switch self {
        case .averageHandleTime: ("AVG_HANDLE_TIME", false)
        case .averageQueueAnswerTime: ("AVG_QUEUE_ANSWER_TIME", false)
        case .abandonmentRate: ("ABANDONMENT_RATE", false)
        case .contactsInQueue: ("CONTACTS_IN_QUEUE", true)
        case .oldestContactAge: ("OLDEST_CONTACT_AGE", true)
        }
    }
}

/// One value for the monitor to publish: a KPI of a queue at a time.
public struct QueueMeasurement: Sendable, Equatable {
    public var queue: String
    public var kpi: CallQualityMetrics.Metric
    public var value: Double
    public var time: Date

    public init(queue: String, kpi: CallQualityMetrics.Metric, value: Double, time: Date) {
        self.queue = queue
        self.kpi = kpi
        self.value = value
        self.time = time
    }
}

/// One value per flow for the monitor to publish: flows started, or flows that ended with an
/// outcome of a type (as Connect reports it), at a time.
public struct FlowMeasurement: Sendable, Equatable {
    public var flow: String
    public var metric: CallQualityMetrics.FlowMetric
    /// The outcome's type, for `flowOutcomes`.
    public var outcome: String?
    public var value: Double
    public var time: Date

    public init(flow: String, metric: CallQualityMetrics.FlowMetric, outcome: String? = nil, value: Double, time: Date) {
        self.flow = flow
        self.metric = metric
        self.outcome = outcome
        self.value = value
        self.time = time
    }
}
