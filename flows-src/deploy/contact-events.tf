# Contact events into each contact's timeline and live session. Connect sends its contact events to
# the account's default event bus (source aws.connect, detail-type "Amazon Connect Contact Event",
# best effort: https://docs.aws.amazon.com/connect/latest/adminguide/contact-events.html); a rule
# sends them to a queue, so consumers scale out and a slow one loses nothing; the
# contact-event-consumer function reads it in batches and reports the messages it could not record
# (ReportBatchItemFailures), which after five attempts move to the dead-letter queue.
# Sources: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sqs-permissions ;
# https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html.

resource "aws_cloudwatch_event_rule" "contact_events" {
  name        = "${var.environment}-contact-events"
  description = "Amazon Connect contact events, to the contact-event queue"
  event_pattern = jsonencode({
    source        = ["aws.connect"]
    "detail-type" = ["Amazon Connect Contact Event"]
  })
}

resource "aws_cloudwatch_event_target" "contact_events" {
  rule = aws_cloudwatch_event_rule.contact_events.name
  arn  = aws_sqs_queue.contact_events.arn

  dead_letter_config {
    arn = aws_sqs_queue.contact_events_dead_letters.arn
  }
}

# SQS-managed encryption: EventBridge can send to it without a grant on the environment's key.
resource "aws_sqs_queue" "contact_events" {
  name                       = "${var.environment}-contact-events"
  message_retention_seconds  = 345600
  visibility_timeout_seconds = 360
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.contact_events_dead_letters.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "contact_events_dead_letters" {
  name                      = "${var.environment}-contact-events-dead-letters"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

# Only this rule may send to the queue, and to its dead-letter queue when delivery fails.
resource "aws_sqs_queue_policy" "contact_events" {
  for_each = {
    events       = aws_sqs_queue.contact_events
    dead_letters = aws_sqs_queue.contact_events_dead_letters
  }

  queue_url = each.value.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ContactEventsRule", Effect = "Allow", Principal = { Service = "events.amazonaws.com" }
      Action    = "sqs:SendMessage", Resource = each.value.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_cloudwatch_event_rule.contact_events.arn } }
    }]
  })
}

resource "aws_dynamodb_table" "call_log" {
  name                        = "${var.environment}-call-log"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "contactId"
  range_key                   = "event"
  deletion_protection_enabled = var.deletion_protection
  stream_enabled              = true
  stream_view_type            = "NEW_IMAGE"

  attribute {
    name = "contactId"
    type = "S"
  }

  attribute {
    name = "event"
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

resource "aws_dynamodb_table" "sessions" {
  name                        = "${var.environment}-sessions"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "contactId"
  deletion_protection_enabled = var.deletion_protection
  stream_enabled              = true
  stream_view_type            = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "contactId"
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

module "contact_event_consumer" {
  source = "./modules/event-function"

  handler             = "contact-event-consumer"
  description         = "Records Connect's contact events in each contact's timeline and session"
  name_prefix         = local.name_prefix
  lambda_package      = var.lambda_package
  lambda_package_hash = var.lambda_package_hash
  kms_key_arn         = aws_kms_key.contact_centre.arn
  log_retention_days  = var.log_retention_days
  timeout             = 60
  environment = {
    CALL_LOG_TABLE = aws_dynamodb_table.call_log.name
    SESSION_TABLE  = aws_dynamodb_table.sessions.name
    RETENTION_DAYS = tostring(var.contact_data_retention_days)
  }
  permissions = [
    { actions = ["dynamodb:PutItem"], resources = [aws_dynamodb_table.call_log.arn] },
    { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.sessions.arn] },
    { actions = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], resources = [aws_sqs_queue.contact_events.arn] },
    { actions = ["kms:GenerateDataKey", "kms:Decrypt"], resources = [aws_kms_key.contact_centre.arn] },
  ]
}

resource "aws_lambda_event_source_mapping" "contact_events" {
  event_source_arn                   = aws_sqs_queue.contact_events.arn
  function_name                      = module.contact_event_consumer.arn
  batch_size                         = 50
  maximum_batching_window_in_seconds = 5
  function_response_types            = ["ReportBatchItemFailures"]
}
