# Where the survey recorder keeps answers (see Sources/CallCentreLambdas/SurveyRecorderHandler.swift):
# a table keyed by contact id, written with attribute_not_exists(contactId) so a retry never
# records twice, and a queue for answers the table could not take, replayed later. Messages that
# fail replay five times move to a dead-letter queue kept for the SQS maximum, 14 days.

resource "aws_dynamodb_table" "surveys" {
  name                        = "${var.environment}-surveys"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "contactId"
  deletion_protection_enabled = var.deletion_protection
  stream_enabled              = true
  stream_view_type            = "NEW_IMAGE"

  attribute {
    name = "contactId"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.contact_centre.arn
  }
}

# The customer profiles customer-lookup and account-validation cache (CustomerDirectory.swift):
# keyed by what the caller gave (phone#+44…, account#…), deleted by DynamoDB a day after they
# were cached (TTL on expiresAt, epoch seconds).
resource "aws_dynamodb_table" "profiles" {
  name                        = "${var.environment}-profiles"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "lookupKey"
  deletion_protection_enabled = var.deletion_protection

  attribute {
    name = "lookupKey"
    type = "S"
  }

  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.contact_centre.arn
  }
}

resource "aws_sqs_queue" "survey_replay" {
  name                       = "${var.environment}-survey-replay"
  message_retention_seconds  = 1209600
  visibility_timeout_seconds = 60
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.survey_replay_dead_letters.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "survey_replay_dead_letters" {
  name                      = "${var.environment}-survey-replay-dead-letters"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}


# Answers the recorder could not store at once, stored by survey-replay from the replay queue.
module "survey_replay" {
  source = "./modules/event-function"

  handler             = "survey-replay"
  description         = "Stores survey answers the recorder queued when the table could not take them"
  name_prefix         = local.name_prefix
  lambda_package      = var.lambda_package
  lambda_package_hash = var.lambda_package_hash
  kms_key_arn         = aws_kms_key.contact_centre.arn
  log_retention_days  = var.log_retention_days
  timeout             = 30
  environment         = { SURVEY_TABLE = aws_dynamodb_table.surveys.name }
  permissions = [
    { actions = ["dynamodb:PutItem"], resources = [aws_dynamodb_table.surveys.arn] },
    { actions = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], resources = [aws_sqs_queue.survey_replay.arn] },
    { actions = ["kms:GenerateDataKey", "kms:Decrypt"], resources = [aws_kms_key.contact_centre.arn] },
  ]
}

resource "aws_lambda_event_source_mapping" "survey_replay" {
  event_source_arn        = aws_sqs_queue.survey_replay.arn
  function_name           = module.survey_replay.arn
  batch_size              = 10
  function_response_types = ["ReportBatchItemFailures"]
}

# The lock table (Sources/DynamoDBLock/LockClient.swift): partition key lockKey; leases are
# conditional writes, so nothing else is configured.
resource "aws_dynamodb_table" "locks" {
  name                        = "${var.environment}-locks"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "lockKey"
  deletion_protection_enabled = var.deletion_protection

  attribute {
    name = "lockKey"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.contact_centre.arn
  }
}

# A low score becomes a task for the retention team, once per survey (survey-follow-up, under a
# lock, with the contact as StartTaskContact's client token), routed by the survey-follow-up flow.
module "survey_follow_up" {
  source = "./modules/event-function"
  count  = var.connect_enabled ? 1 : 0

  handler             = "survey-follow-up"
  description         = "Starts a call-back task for a survey with a low score"
  name_prefix         = local.name_prefix
  lambda_package      = var.lambda_package
  lambda_package_hash = var.lambda_package_hash
  kms_key_arn         = aws_kms_key.contact_centre.arn
  log_retention_days  = var.log_retention_days
  timeout             = 60
  environment = {
    SURVEY_TABLE        = aws_dynamodb_table.surveys.name
    LOCK_TABLE          = aws_dynamodb_table.locks.name
    CONNECT_INSTANCE_ID = var.instance_id
    FOLLOW_UP_FLOW_ID   = element(split("/", module.flowc[0].flow_arns["survey-follow-up"]), 3)
  }
  permissions = [
    { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.surveys.arn] },
    { actions = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.locks.arn] },
    { actions = ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"], resources = [aws_dynamodb_table.surveys.stream_arn] },
    { actions = ["connect:StartTaskContact"], resources = [local.instance_arn, "${local.instance_arn}/*"] },
    { actions = ["kms:Decrypt"], resources = [aws_kms_key.contact_centre.arn] },
  ]
}

resource "aws_lambda_event_source_mapping" "survey_follow_up" {
  count = var.connect_enabled ? 1 : 0

  event_source_arn               = aws_dynamodb_table.surveys.stream_arn
  function_name                  = module.survey_follow_up[0].arn
  starting_position              = "LATEST"
  batch_size                     = 10
  function_response_types        = ["ReportBatchItemFailures"]
  bisect_batch_on_function_error = true
  maximum_retry_attempts         = 10
  maximum_record_age_in_seconds  = 86400
}
