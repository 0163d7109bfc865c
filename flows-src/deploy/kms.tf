# One customer managed key per environment encrypts the functions' logs and environment, the
# survey table and the back-office API keys. Its policy leaves administration to IAM in this
# account and lets two services use it:
# - CloudWatch Logs, only for this account's log groups in this region (the encryption context
#   condition), as https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
#   requires before a log group can name the key;
# - DynamoDB, for principals of this account who are allowed to use DynamoDB — the policy AWS gives
#   its own managed key aws/dynamodb (kms:ViaService and kms:CallerAccount), see
#   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.howitworks.html.
# - CloudWatch, to publish alarms to the encrypted alarm topic
#   (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html).
# The functions decrypt their environment and the secrets with the kms:Decrypt their roles grant.

locals {
  account_id = data.aws_caller_identity.current.account_id
  region     = data.aws_region.current.name
}

resource "aws_kms_key" "contact_centre" {
  description             = "${var.environment} contact centre: logs, Lambda environment, surveys, API keys"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.contact_centre_key.json
}

resource "aws_kms_alias" "contact_centre" {
  name          = "alias/${var.environment}-contact-centre"
  target_key_id = aws_kms_key.contact_centre.key_id
}

data "aws_iam_policy_document" "contact_centre_key" {
  # In a key policy, "*" as the resource means the key itself, and the account's administration
  # of its own key (kms:*) is what delegates access to IAM: the standard default key policy.
  #checkov:skip=CKV_AWS_109:A key policy's Resource "*" is this key; kms:* for the account root delegates to IAM.
  #checkov:skip=CKV_AWS_111:A key policy's Resource "*" is this key; kms:* for the account root delegates to IAM.
  #checkov:skip=CKV_AWS_356:A key policy's Resource "*" is this key, not every resource.
  statement {
    sid       = "AccountAdministersWithIAM"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.account_id}:root"]
    }
  }

  statement {
    sid       = "CloudWatchLogsOfThisAccount"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["logs.${local.region}.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:aws:logs:${local.region}:${local.account_id}:log-group:*"]
    }
  }

  statement {
    sid       = "CloudWatchAlarmsToTheTopic"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }

  statement {
    sid       = "DynamoDBForThisAccount"
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["dynamodb.${local.region}.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:CallerAccount"
      values   = [local.account_id]
    }
  }
}
