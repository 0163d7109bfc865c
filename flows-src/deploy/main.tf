# The call centre: every flow, module, Lambda, queue and hours of operation comes from the
# module flowc generates; this file hands it what an environment owns.

locals {
  name_prefix  = "${var.environment}-"
  instance_arn = one(data.aws_connect_instance.this[*].arn)
}

module "flowc" {
  source = "../../generated/terraform"
  count  = var.connect_enabled ? 1 : 0

  instance_id         = var.instance_id
  name_prefix         = local.name_prefix
  lambda_package      = var.lambda_package
  lambda_package_hash = var.lambda_package_hash
  log_retention_days  = var.log_retention_days
  kms_key_arn         = aws_kms_key.contact_centre.arn
  settings            = var.back_office_urls

  dynamodb_tables = {
    surveys  = { name = aws_dynamodb_table.surveys.name, arn = aws_dynamodb_table.surveys.arn }
    profiles = { name = aws_dynamodb_table.profiles.name, arn = aws_dynamodb_table.profiles.arn }
  }

  sqs_queues = {
    "survey-replay" = { url = aws_sqs_queue.survey_replay.url, arn = aws_sqs_queue.survey_replay.arn }
  }

  secret_arns = { for name, secret in aws_secretsmanager_secret.api_key : name => secret.arn }
}
