import FlowCore

/// Emits `terraform/monitoring/` for a project with `monitoring:`: the call-quality dashboard
/// (a row per queue, a graph per KPI; then a graph per flow of the flows started and their
/// outcomes by type), an anomaly-detection alarm per KPI and queue
/// (`ANOMALY_DETECTION_BAND`, band width and evaluation periods from flowc.yaml), the SNS topic
/// they notify, alarms on the ingestor itself (errors, and silence counted as breaching) and on
/// the pipeline it is given (dead-letter queues with messages, queues whose oldest message is too
/// old, Firehose streams failing to deliver to S3), and a `terraform test` on a mock provider. The queues and metrics are the ones
/// `CallQualityMetrics.swift` is generated from, so adding a queue to flowc.yaml adds its row
/// and alarms. Usable without a Connect instance (demo mode).
///
/// Sources: alarms on anomaly bands set `threshold_metric_id` to the band's query and compare
/// with `GreaterThanUpperThreshold` (aws-integration reference §5.2; PutMetricAlarm); the
/// dashboard body's grid is 24 units wide (Dashboard Body Structure, §5.3).
public struct MonitoringTerraformEmitter {
    public init() {}

    /// - Parameters: flowc.yaml's `monitoring` values and its queues.
    public func emit(namespace: String, period: Int, bandWidth: Double, evaluationPeriods: Int, queues: [String],
                     flows: [String]) -> [OutputFile] {
        let settings = Settings(namespace: namespace, period: period, bandWidth: bandWidth, evaluationPeriods: evaluationPeriods,
                                queues: queues.sorted(), flows: flows.sorted())
        return [
            file("versions.tf", TerraformEmitter.versions()),
            file("variables.tf", variables(settings)),
            file("alarms.tf", alarms()),
            file("dashboard.tf", dashboard()),
            file("outputs.tf", outputs()),
            file("tests/monitoring.tftest.hcl", tests(settings)),
        ]
    }

    struct Settings {
        var namespace: String, period: Int, bandWidth: Double, evaluationPeriods: Int, queues: [String], flows: [String]
    }

    private func file(_ path: String, _ items: [HCL]) -> OutputFile {
        OutputFile(path: "terraform/monitoring/\(path)", contents: HCL.file(TerraformEmitter.stamp, items))
    }

    private func variables(_ settings: Settings) -> [HCL] {
        func variable(_ name: String, _ description: String, _ type: String, _ value: String?) -> HCL {
            .block("variable", [name], [.attribute("description", HCL.string(description)), .attribute("type", type)]
                + (value.map { [.attribute("default", $0)] } ?? []))
        }
        let width = settings.bandWidth.rounded() == settings.bandWidth ? String(Int(settings.bandWidth)) : String(settings.bandWidth)
        return [
            variable("name_prefix", "Prefix of the alarms', dashboard's and topic's names, to keep environments apart.", "string", HCL.string("")),
            variable("tags", "Tags for every resource that takes them.", "map(string)", "{}"),
            variable("kms_key_arn", "The KMS key that encrypts the alarm topic (its policy must let CloudWatch use it).", "string", nil),
            variable("alarm_email", "An address the alarms are mailed to (it must confirm the subscription); null for none.", "string", "null"),
            variable("ingestor_function_name", "The metrics ingestor's function, whose errors and silence alarm; null before it is deployed.",
                     "string", "null"),
            variable("dead_letter_queues", "SQS dead-letter queues, by name: a message in one is an alarm.", "list(string)", "[]"),
            variable("backlog_queues", "SQS queues, by name, with the age in seconds their oldest message must not pass.", "map(number)", "{}"),
            variable("delivery_streams", "Firehose streams, by name, whose delivery to S3 must succeed.", "list(string)", "[]"),
            variable("namespace", "The metrics' CloudWatch namespace (flowc.yaml monitoring.namespace).", "string", HCL.string(settings.namespace)),
            variable("queues", "The queues watched (flowc.yaml's queues).", "list(string)",
                     "[" + settings.queues.map(HCL.string).joined(separator: ", ") + "]"),
            variable("flows", "The flows watched (the project's flows, not modules).", "list(string)",
                     "[" + settings.flows.map(HCL.string).joined(separator: ", ") + "]"),
            variable("period", "Seconds per data point and alarm period (monitoring.period).", "number", String(settings.period)),
            variable("band_width", "The anomaly band's width in standard deviations (monitoring.band_width).", "number", width),
            variable("evaluation_periods", "Periods outside the band before an alarm (monitoring.evaluation_periods).", "number",
                     String(settings.evaluationPeriods)),
        ]
    }

    /// The metrics in the dashboard's column order.
    static var metricList: String { "[" + CallQualityMetrics.queueMetrics.map { HCL.string($0.name) }.joined(separator: ", ") + "]" }

    private func outputs() -> [HCL] {
        [
            .block("output", ["alarm_topic_arn"], [.attribute("description", HCL.string("The SNS topic the alarms notify.")),
                                                                .attribute("value", "aws_sns_topic.alarms.arn")]),
            .block("output", ["dashboard_name"], [.attribute("description", HCL.string("The call-quality dashboard.")),
                                                               .attribute("value", "aws_cloudwatch_dashboard.quality.dashboard_name")]),
            .block("output", ["alarm_names"], [.attribute("description", HCL.string("Every KPI alarm, by queue/metric.")),
                                                            .attribute("value", "{ for key, alarm in aws_cloudwatch_metric_alarm.kpi : key => alarm.alarm_name }")]),
            .block("output", ["queues"], [.attribute("description", HCL.string("The queues watched: the metrics ingestor measures these (its QUEUES).")),
                                                       .attribute("value", "var.queues")]),
            .block("output", ["flows"], [.attribute("description", HCL.string("The flows watched: the metrics ingestor measures these (its FLOWS).")),
                                                      .attribute("value", "var.flows")]),
            .block("output", ["namespace"], [.attribute("description", HCL.string("The metrics' namespace: the ingestor publishes there (its METRIC_NAMESPACE).")),
                                                          .attribute("value", "var.namespace")]),
        ]
    }
}
