/// The call-quality metrics, defined once: the Swift the ingestor compiles against and the
/// Terraform of the dashboard and alarms are both generated from this table, so a name can
/// never differ between what is published and what is watched.
public enum CallQualityMetrics {
    public struct Metric: Sendable {
        /// The Swift case.
        public var identifier: String
        /// The CloudWatch metric name.
        public var name: String
        /// CloudWatch's StandardUnit.
        public var unit: String
        public var description: String
    }

    /// Per queue (dimension `Queue`), the KPIs service teams watch.
    public static let queueMetrics: [Metric] = [
        Metric(identifier: "averageHandleTime", name: "AverageHandleTime", unit: "Seconds",
               description: "Average handle time (talk, hold and after-contact work) of the last quarter-hour"),
        Metric(identifier: "averageQueueAnswerTime", name: "AverageQueueAnswerTime", unit: "Seconds",
               description: "Average time a contact waited before an agent answered, last quarter-hour"),
        Metric(identifier: "abandonmentRate", name: "AbandonmentRate", unit: "Percent",
               description: "Share of queued contacts that hung up before an agent answered, last quarter-hour"),
        Metric(identifier: "contactsInQueue", name: "ContactsInQueue", unit: "Count", description: "Contacts waiting now"),
        Metric(identifier: "oldestContactAge", name: "OldestContactAge", unit: "Seconds", description: "How long the longest-waiting contact has waited"),
    ]

    public static let queueDimension = "Queue"

    /// Per flow (dimension `Flow`; outcomes also `Outcome`, the type as Connect reports it in
    /// GetMetricDataV2's `FLOWS_OUTCOME_TYPE` grouping, passed through, never a fixed list).
    public static let flowMetrics: [Metric] = [
        Metric(identifier: "flowsStarted", name: "FlowsStarted", unit: "Count", description: "Flows started, last quarter-hour"),
        Metric(identifier: "flowOutcomes", name: "FlowOutcomes", unit: "Count",
               description: "Flows that ended, by outcome type, last quarter-hour (live mode)"),
    ]

    public static let flowDimension = "Flow"
    public static let outcomeDimension = "Outcome"
}
