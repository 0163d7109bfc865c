import FlowCore

/// The monitoring module's resources and its test.
extension MonitoringTerraformEmitter {
    func alarms() -> [HCL] {
        let band = "ANOMALY_DETECTION_BAND(kpi, ${var.band_width})"
        return [
            .block("locals", [], [
                .attribute("metrics", Self.metricList),
                .attribute("queue_metrics", #"{ for pair in setproduct(var.queues, local.metrics) : "${pair[0]}/${pair[1]}" => { queue = pair[0], metric = pair[1] } }"#),
            ]),
            .block("resource", ["aws_sns_topic", "alarms"], [
                .attribute("name", #""${var.name_prefix}call-quality-alarms""#),
                .attribute("kms_master_key_id", "var.kms_key_arn"),
                .attribute("tags", "var.tags"),
            ]),
            .block("resource", ["aws_sns_topic_subscription", "email"], [
                .attribute("count", "var.alarm_email == null ? 0 : 1"),
                .attribute("topic_arn", "aws_sns_topic.alarms.arn"),
                .attribute("protocol", HCL.string("email")),
                .attribute("endpoint", "var.alarm_email"),
            ]),
            .block("resource", ["aws_cloudwatch_metric_alarm", "kpi"], [
                .comment("One alarm per queue and KPI: above the band the metric's own history predicts."),
                .attribute("for_each", "local.queue_metrics"),
                .blank,
                .attribute("alarm_name", #""${var.name_prefix}${each.value.queue}-${each.value.metric}""#),
                .attribute("alarm_description", #""${each.value.metric} of queue ${each.value.queue} above its anomaly band""#),
                .attribute("comparison_operator", HCL.string("GreaterThanUpperThreshold")),
                .attribute("evaluation_periods", "var.evaluation_periods"),
                .attribute("threshold_metric_id", HCL.string("band")),
                .attribute("treat_missing_data", HCL.string("notBreaching")),
                .attribute("alarm_actions", "[aws_sns_topic.alarms.arn]"),
                .attribute("ok_actions", "[aws_sns_topic.alarms.arn]"),
                .attribute("tags", "var.tags"),
                .blank,
                .block("metric_query", [], [
                    .attribute("id", HCL.string("band")),
                    .attribute("expression", "\"\(band)\""),
                    .attribute("label", #""${each.value.metric} (expected)""#),
                    .attribute("return_data", "true"),
                ]),
                .blank,
                .block("metric_query", [], [
                    .attribute("id", HCL.string("kpi")),
                    .attribute("return_data", "true"),
                    .blank,
                    .block("metric", [], [
                        .attribute("metric_name", "each.value.metric"),
                        .attribute("namespace", "var.namespace"),
                        .attribute("period", "var.period"),
                        .attribute("stat", HCL.string("Average")),
                        .attribute("dimensions", "{ \(CallQualityMetrics.queueDimension) = each.value.queue }"),
                    ]),
                ]),
            ]),
            ingestorAlarm("ingestor_errors", name: "ingestor-errors", namespace: HCL.string("AWS/Lambda"), metric: HCL.string("Errors"),
                          dimensions: "{ FunctionName = var.ingestor_function_name }", statistic: "Sum", comparison: "GreaterThanThreshold",
                          threshold: "0", periods: "1", missing: "notBreaching"),
            ingestorAlarm("ingestor_silent", name: "ingestor-silent", namespace: "var.namespace",
                          metric: HCL.string(CallQualityMetrics.queueMetrics[3].name),
                          dimensions: "{ \(CallQualityMetrics.queueDimension) = var.queues[0] }", statistic: "SampleCount",
                          comparison: "LessThanThreshold", threshold: "1", periods: "3", missing: "breaching"),
            .block("locals", [], [
                .comment("The pipeline's own health, from the services' metrics: a message in a dead-letter queue (it failed every"),
                .comment("retry), a queue whose oldest message is older than its limit, a Firehose stream failing to put records in S3."),
                .attribute("pipeline_alarms", "merge(\n  "
                    + #"{ for queue in var.dead_letter_queues : "${queue}-dead-letters" => { namespace = "AWS/SQS", metric = "ApproximateNumberOfMessagesVisible", dimension = "QueueName", resource = queue, statistic = "Maximum", comparison = "GreaterThanThreshold", threshold = 0 } },"#
                    + "\n  "
                    + #"{ for queue, seconds in var.backlog_queues : "${queue}-backlog" => { namespace = "AWS/SQS", metric = "ApproximateAgeOfOldestMessage", dimension = "QueueName", resource = queue, statistic = "Maximum", comparison = "GreaterThanThreshold", threshold = seconds } },"#
                    + "\n  "
                    + #"{ for stream in var.delivery_streams : "${stream}-delivery" => { namespace = "AWS/Firehose", metric = "DeliveryToS3.Success", dimension = "DeliveryStreamName", resource = stream, statistic = "Minimum", comparison = "LessThanThreshold", threshold = 1 } },"#
                    + "\n)"),
            ]),
            .block("resource", ["aws_cloudwatch_metric_alarm", "pipeline"], [
                .attribute("for_each", "local.pipeline_alarms"),
                .blank,
                .attribute("alarm_name", #""${var.name_prefix}${each.key}""#),
                .attribute("namespace", "each.value.namespace"),
                .attribute("metric_name", "each.value.metric"),
                .attribute("dimensions", "{ (each.value.dimension) = each.value.resource }"),
                .attribute("statistic", "each.value.statistic"),
                .attribute("period", "var.period"),
                .attribute("evaluation_periods", "1"),
                .attribute("threshold", "each.value.threshold"),
                .attribute("comparison_operator", "each.value.comparison"),
                .attribute("treat_missing_data", HCL.string("notBreaching")),
                .attribute("alarm_actions", "[aws_sns_topic.alarms.arn]"),
                .attribute("tags", "var.tags"),
            ]),
        ]
    }

    private func ingestorAlarm(_ resource: String, name: String, namespace: String, metric: String, dimensions: String, statistic: String,
                               comparison: String, threshold: String, periods: String, missing: String) -> HCL {
        .block("resource", ["aws_cloudwatch_metric_alarm", resource], [
            .comment("The monitor's own health: the ingestor failing, or publishing nothing (no data counts as breaching)."),
            .attribute("count", "var.ingestor_function_name == null ? 0 : 1"),
            .attribute("alarm_name", "\"${var.name_prefix}\(name)\""),
            .attribute("namespace", namespace),
            .attribute("metric_name", metric),
            .attribute("dimensions", dimensions),
            .attribute("statistic", HCL.string(statistic)),
            .attribute("period", "var.period"),
            .attribute("evaluation_periods", periods),
            .attribute("threshold", threshold),
            .attribute("comparison_operator", HCL.string(comparison)),
            .attribute("treat_missing_data", HCL.string(missing)),
            .attribute("alarm_actions", "[aws_sns_topic.alarms.arn]"),
            .attribute("tags", "var.tags"),
        ])
    }

    func dashboard() -> [HCL] {
        let text = ###"[{ type = "text", x = 0, y = row * 6, width = 4, height = 6, properties = { markdown = "## ${queue}" } }]"###
        let graphs = #"[for column, metric in local.metrics : { type = "metric", x = 4 + column * 4, y = row * 6, width = 4, height = 6, "#
            + #"properties = { title = metric, region = data.aws_region.current.name, period = var.period, stat = "Average", "#
            + #"view = "timeSeries", metrics = [[var.namespace, metric, "\#(CallQualityMetrics.queueDimension)", queue]] } }]"#
        // Outcome types are whatever Connect reports (FLOWS_OUTCOME_TYPE), so a SEARCH draws a line
        // for each one that has data rather than a fixed list.
        let started = CallQualityMetrics.flowMetrics[0].name, outcomes = CallQualityMetrics.flowMetrics[1].name
        let flow = CallQualityMetrics.flowDimension, outcome = CallQualityMetrics.outcomeDimension
        let search = ###"SEARCH('{${var.namespace},\###(flow),\###(outcome)} MetricName=\"\###(outcomes)\" \###(flow)=\"${name}\"', 'Sum', ${var.period})"###
        let flows = #"[for index, name in var.flows : { type = "metric", x = (index % 4) * 6, y = (length(var.queues) + floor(index / 4)) * 6, "#
            + #"width = 6, height = 6, properties = { title = "${name}: started and outcomes", region = data.aws_region.current.name, "#
            + #"period = var.period, stat = "Sum", view = "timeSeries", metrics = [[var.namespace, "\#(started)", "\#(flow)", name, "#
            + #"{ label = "started" }], [{ expression = "\#(search)", id = "outcomes", label = "" }]] } }]"#
        return [
            .block("data", ["aws_region", "current"], []),
            .block("resource", ["aws_cloudwatch_dashboard", "quality"], [
                .comment("A row per queue on the 24-unit grid: its name, then a graph per KPI; below, a graph per flow."),
                .attribute("dashboard_name", #""${var.name_prefix}call-quality""#),
                .attribute("dashboard_body",
                           "jsonencode({ widgets = concat(flatten([for row, queue in var.queues : concat(\(text), \(graphs))]), \(flows)) })"),
            ]),
        ]
    }

    func tests(_ settings: Settings) -> [HCL] {
        func check(_ condition: String, _ message: String) -> HCL {
            .block("assert", [], [.attribute("condition", condition), .attribute("error_message", HCL.string(message))])
        }
        let metrics = CallQualityMetrics.queueMetrics.count
        return [
            .block("mock_provider", ["aws"], [
                .block("mock_data", ["aws_region"], [.attribute("defaults", HCL.object([("name", HCL.string("eu-west-2"))]))]),
                .block("mock_resource", ["aws_sns_topic"], [
                    .attribute("defaults", HCL.object([("arn", HCL.string("arn:aws:sns:eu-west-2:111122223333:call-quality-alarms"))])),
                ]),
            ]),
            .block("variables", [], [.attribute("kms_key_arn", HCL.string("arn:aws:kms:eu-west-2:111122223333:key/00000000-0000-4000-8000-000000000001"))]),
            .block("run", ["every_queue_and_kpi"], [
                check("length(aws_cloudwatch_metric_alarm.kpi) == length(var.queues) * \(metrics)", "an alarm per queue and KPI"),
                check(#"alltrue([for alarm in aws_cloudwatch_metric_alarm.kpi : alarm.threshold_metric_id == "band" && alarm.comparison_operator == "GreaterThanUpperThreshold"])"#,
                      "every KPI alarm compares with its anomaly band"),
                check(#"alltrue([for alarm in aws_cloudwatch_metric_alarm.kpi : anytrue([for query in alarm.metric_query : query.expression == "ANOMALY_DETECTION_BAND(kpi, ${var.band_width})"])])"#,
                      "the band is as wide as flowc.yaml says"),
                check(###"alltrue([for queue in var.queues : strcontains(aws_cloudwatch_dashboard.quality.dashboard_body, "## ${queue}")])"###,
                      "the dashboard has a row per queue"),
                check(###"alltrue([for flow in var.flows : strcontains(aws_cloudwatch_dashboard.quality.dashboard_body, "${flow}: started and outcomes")])"###,
                      "the dashboard has a graph per flow"),
                check("length(aws_sns_topic_subscription.email) == 0 && length(aws_cloudwatch_metric_alarm.ingestor_silent) == 0",
                      "no subscription and no ingestor alarms unless asked"),
            ]),
            .block("run", ["mailed_and_watching_the_ingestor"], [
                .block("variables", [], [.attribute("alarm_email", HCL.string("ops@example.com")),
                                         .attribute("ingestor_function_name", HCL.string("metrics-ingestor")),
                                         .attribute("dead_letter_queues", #"["replay-dead-letters", "events-dead-letters"]"#),
                                         .attribute("backlog_queues", #"{ replay = 3600 }"#),
                                         .attribute("delivery_streams", #"["contact-records"]"#)]),
                check("length(aws_cloudwatch_metric_alarm.pipeline) == 4", "an alarm per dead-letter queue, backlog and delivery stream"),
                check("aws_cloudwatch_metric_alarm.pipeline[\"replay-backlog\"].threshold == 3600", "the backlog alarm fires past the queue's limit"),
                check("length(aws_sns_topic_subscription.email) == 1", "the alarms are mailed"),
                check(#"aws_cloudwatch_metric_alarm.ingestor_silent[0].treat_missing_data == "breaching""#,
                      "an ingestor that publishes nothing alarms"),
            ]),
        ]
    }
}
