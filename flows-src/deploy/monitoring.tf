# The call-quality monitor. The metrics ingestor (Sources/CallQualityMonitor/MetricsIngestor.swift)
# runs on an EventBridge schedule: in live mode it reads each queue's KPIs from the instance
# (GetMetricDataV2, GetCurrentMetricData), in demo mode it makes a realistic day from a seed, and
# either way publishes them to CloudWatch under the namespace flowc.yaml's `monitoring:` names. The
# dashboard and the anomaly alarms are generated with the queues (../../generated/terraform/monitoring);
# the monitor watches itself (the ingestor's errors and silence) and the pipeline (dead letters,
# queue backlogs, Firehose deliveries).

locals {
  # live: name=id for each queue flowc.yaml declares and each flow (GetMetricDataV2 filters by id);
  # demo: names.
  monitored_queues = var.monitor_mode == "live" ? [
    for name in module.monitoring.queues : "${name}=${element(split("/", module.flowc[0].queue_arns[name]), 3)}"
  ] : module.monitoring.queues
  monitored_flows = var.monitor_mode == "live" ? [
    for name in module.monitoring.flows : "${name}=${element(split("/", module.flowc[0].flow_arns[name]), 3)}"
  ] : module.monitoring.flows
}

module "monitoring" {
  source = "../../generated/terraform/monitoring"

  name_prefix            = local.name_prefix
  kms_key_arn            = aws_kms_key.contact_centre.arn
  alarm_email            = var.alarm_email
  ingestor_function_name = module.metrics_ingestor.function_name

  dead_letter_queues = [aws_sqs_queue.survey_replay_dead_letters.name, aws_sqs_queue.contact_events_dead_letters.name]
  # Surveys waiting more than an hour to be stored; contact events more than fifteen minutes.
  backlog_queues   = { (aws_sqs_queue.survey_replay.name) = 3600, (aws_sqs_queue.contact_events.name) = 900 }
  delivery_streams = [aws_kinesis_firehose_delivery_stream.contact_records.name]
}

module "metrics_ingestor" {
  source = "./modules/event-function"

  handler             = "metrics-ingestor"
  description         = "Publishes each queue's call-quality KPIs to CloudWatch (${var.monitor_mode} mode)"
  name_prefix         = local.name_prefix
  lambda_package      = var.lambda_package
  lambda_package_hash = var.lambda_package_hash
  kms_key_arn         = aws_kms_key.contact_centre.arn
  log_retention_days  = var.log_retention_days
  timeout             = 300
  memory_size         = 512
  environment = merge({
    MODE             = var.monitor_mode
    QUEUES           = join(",", local.monitored_queues)
    FLOWS            = join(",", local.monitored_flows)
    METRIC_NAMESPACE = module.monitoring.namespace
  }, var.monitor_mode == "live" ? { CONNECT_INSTANCE_ARN = local.instance_arn } : {})
  permissions = concat([{
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"] # PutMetricData has no resource type; the condition pins the namespace
    condition = { StringEquals = { "cloudwatch:namespace" = module.monitoring.namespace } }
    }], var.monitor_mode == "live" ? [{
    actions   = ["connect:GetMetricDataV2", "connect:GetCurrentMetricData"]
    resources = [local.instance_arn, "${local.instance_arn}/queue/*"]
  }] : [])
}

# EventBridge Scheduler rather than a rule on the default bus: the bus carries Connect's contact
# events and the schedule is not one of them; Scheduler retries, and invokes through a role of its
# own (https://docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html#setting-up-execution-role).
resource "aws_scheduler_schedule" "metrics_ingestor" {
  name                = "${var.environment}-metrics-ingestor"
  description         = "Runs the metrics ingestor"
  schedule_expression = var.metrics_schedule
  kms_key_arn         = aws_kms_key.contact_centre.arn

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = module.metrics_ingestor.arn
    role_arn = aws_iam_role.metrics_schedule.arn
    input    = jsonencode({ source = "aws.scheduler", detail = {} })

    retry_policy {
      maximum_event_age_in_seconds = 300
      maximum_retry_attempts       = 2
    }
  }
}

resource "aws_iam_role" "metrics_schedule" {
  name = "${local.name_prefix}metrics-schedule"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow", Principal = { Service = "scheduler.amazonaws.com" }, Action = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:SourceAccount" = local.account_id } }
    }]
  })
}

resource "aws_iam_role_policy" "metrics_schedule" {
  name = "invoke-the-ingestor"
  role = aws_iam_role.metrics_schedule.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "lambda:InvokeFunction", Resource = [module.metrics_ingestor.arn, "${module.metrics_ingestor.arn}:*"] }]
  })
}

output "monitoring_dashboard" {
  description = "The call-quality dashboard's name."
  value       = module.monitoring.dashboard_name
}

output "metrics_ingestor" {
  description = "The metrics ingestor's function (invoke it with {\"detail\": {\"backfillDays\": 14}} once to give the anomaly models two weeks of demo history)."
  value       = module.metrics_ingestor.function_name
}
