import Foundation

/// The call-quality KPIs the monitor publishes per queue, as Connect names and measures them
/// (GetMetricDataV2 and GetCurrentMetricData; units as CloudWatch's StandardUnit).
public enum QueueKPI: String, CaseIterable, Sendable {
    /// `AVG_HANDLE_TIME`, seconds: talk, hold and after-contact work.
    case averageHandleTime = "AverageHandleTime"
    /// `AVG_QUEUE_ANSWER_TIME`, seconds a contact waited before an agent answered.
    case averageQueueAnswerTime = "AverageQueueAnswerTime"
    /// `ABANDONMENT_RATE`, percent of queued contacts that hung up first.
    case abandonmentRate = "AbandonmentRate"
    /// `CONTACTS_IN_QUEUE`, now.
    case contactsInQueue = "ContactsInQueue"
    /// `OLDEST_CONTACT_AGE`, seconds, now.
    case oldestContactAge = "OldestContactAge"

    /// CloudWatch's unit.
    public var unit: String {
        switch self {
        case .averageHandleTime, .averageQueueAnswerTime, .oldestContactAge: "Seconds"
        case .abandonmentRate: "Percent"
        case .contactsInQueue: "Count"
        }
    }

    /// The Connect metric it comes from, and whether it is real-time (GetCurrentMetricData).
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
    public var kpi: QueueKPI
    public var value: Double
    public var time: Date

    public init(queue: String, kpi: QueueKPI, value: Double, time: Date) {
        self.queue = queue
        self.kpi = kpi
        self.value = value
        self.time = time
    }
}
