output "flow_arns" {
  description = "The ARN of every flow, by name."
  value       = var.connect_enabled ? module.flowc[0].flow_arns : {}
}

output "module_arns" {
  description = "The ARN of every flow module, by name."
  value       = var.connect_enabled ? module.flowc[0].module_arns : {}
}

output "lambda_arns" {
  description = "The ARN of every Lambda function, by name."
  value       = var.connect_enabled ? module.flowc[0].lambda_arns : {}
}

output "phone_numbers" {
  description = "The claimed phone numbers, by name."
  value       = { for name, number in aws_connect_phone_number.this : name => number.phone_number }
}

output "phone_number_associations" {
  description = "Run each once after apply: points the claimed number at its flow (no Terraform resource does this in provider 5.100)."
  value = {
    for name, number in aws_connect_phone_number.this : name => join(" ", [
      "aws connect associate-phone-number-contact-flow",
      "--region ${local.region}",
      "--instance-id ${var.instance_id}",
      "--phone-number-id ${number.id}",
      "--contact-flow-id ${element(split("/", module.flowc[0].flow_arns[var.phone_numbers[name].flow]), 3)}",
    ])
  }
}

output "api_key_secrets" {
  description = "The secrets whose values to put (aws secretsmanager put-secret-value) before the first call."
  value       = { for name, secret in aws_secretsmanager_secret.api_key : name => secret.name }
}

output "survey_table" {
  description = "The table the survey recorder writes."
  value       = aws_dynamodb_table.surveys.name
}

output "data_lake" {
  description = "Where the contact records land, and how to query them (Athena workgroup, Glue database and table)."
  value = {
    bucket    = aws_s3_bucket.data_lake.id
    workgroup = aws_athena_workgroup.contact_centre.name
    database  = aws_glue_catalog_database.contact_centre.name
    table     = aws_glue_catalog_table.contact_records.name
  }
}

output "buckets" {
  description = "Every bucket this module creates: cleanup.sh empties them before destroying."
  value       = [aws_s3_bucket.data_lake.id]
}

output "contact_events" {
  description = "The contact-event rule, its queue and the tables the consumer writes."
  value = {
    rule         = aws_cloudwatch_event_rule.contact_events.name
    queue_url    = aws_sqs_queue.contact_events.url
    dead_letters = aws_sqs_queue.contact_events_dead_letters.url
    call_log     = aws_dynamodb_table.call_log.name
    sessions     = aws_dynamodb_table.sessions.name
  }
}
