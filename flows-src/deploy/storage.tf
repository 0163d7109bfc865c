# Where the survey recorder keeps answers (see Sources/CallCentreLambdas/SurveyRecorderHandler.swift):
# a table keyed by contact id, written with attribute_not_exists(contactId) so a retry never
# records twice, and a queue for answers the table could not take, replayed later. Messages that
# fail replay five times move to a dead-letter queue kept for the SQS maximum, 14 days.

resource "aws_dynamodb_table" "surveys" {
  name                        = "${var.environment}-surveys"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "contactId"
  deletion_protection_enabled = var.deletion_protection

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

resource "aws_sqs_queue_redrive_allow_policy" "survey_replay_dead_letters" {
  queue_url = aws_sqs_queue.survey_replay_dead_letters.id

  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.survey_replay.arn]
  })
}
