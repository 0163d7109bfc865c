# The call-quality monitor's dashboard and anomaly alarms, generated from flowc.yaml's
# `monitoring:` and queues (../../generated/terraform/monitoring), with alarms on the survey
# replay queues. The ingestor's function and its schedule come with the data pipeline; until
# then its own alarms are off.

module "monitoring" {
  source = "../../generated/terraform/monitoring"

  name_prefix = local.name_prefix
  kms_key_arn = aws_kms_key.contact_centre.arn
  alarm_email = var.alarm_email

  # Surveys that failed replay five times; surveys waiting more than an hour to be stored.
  dead_letter_queues = [aws_sqs_queue.survey_replay_dead_letters.name]
  backlog_queues     = { (aws_sqs_queue.survey_replay.name) = 3600 }
}

output "monitoring_dashboard" {
  description = "The call-quality dashboard's name."
  value       = module.monitoring.dashboard_name
}
