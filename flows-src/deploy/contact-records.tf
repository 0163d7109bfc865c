# Contact records into the data lake. Connect streams every contact record (CTR) to a Kinesis data
# stream (aws_connect_instance_storage_config, CONTACT_TRACE_RECORDS → KINESIS_STREAM); Firehose
# reads it, has the contact-record-cleansing function flatten and strip each record
# (Sources/ContactDataLambdas/ContactRecordCleanser.swift) and writes JSON lines to S3 under
# contact-records/year=/month=/day=; records that fail cleansing or delivery go under
# contact-records-errors/. Without a Connect instance (connect_enabled = false, demo mode) the
# delivery stream takes records put directly, so the lake can be tried without one.
# Sources: https://docs.aws.amazon.com/connect/latest/adminguide/data-streaming.html ;
# https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html ;
# https://docs.aws.amazon.com/firehose/latest/dev/s3-prefixes.html (the !{timestamp:…} and
# !{firehose:error-output-type} expressions).

resource "aws_kinesis_stream" "contact_records" {
  count = var.connect_enabled ? 1 : 0

  name             = "${var.environment}-contact-records"
  retention_period = 24
  encryption_type  = "KMS"
  kms_key_id       = aws_kms_key.contact_centre.arn

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_connect_instance_storage_config" "contact_records" {
  #checkov:skip=CKV_AWS_269:Applies to KINESIS_VIDEO_STREAM storage; this is a Kinesis data stream, encrypted with the environment's key.
  #checkov:skip=CKV_AWS_270:Applies to S3 storage; this is a Kinesis data stream, encrypted with the environment's key.
  count = var.connect_enabled ? 1 : 0

  instance_id   = var.instance_id
  resource_type = "CONTACT_TRACE_RECORDS"

  storage_config {
    storage_type = "KINESIS_STREAM"

    kinesis_stream_config {
      stream_arn = aws_kinesis_stream.contact_records[0].arn
    }
  }
}

module "contact_record_cleansing" {
  source = "./modules/event-function"

  handler             = "contact-record-cleansing"
  description         = "Flattens and strips contact records on their way to the data lake (Firehose transformation)"
  name_prefix         = local.name_prefix
  lambda_package      = var.lambda_package
  lambda_package_hash = var.lambda_package_hash
  kms_key_arn         = aws_kms_key.contact_centre.arn
  log_retention_days  = var.log_retention_days
  timeout             = 300
  memory_size         = 512
  environment = {
    ALLOWED_COLUMNS      = join(",", local.contact_record_columns)
    DEFAULT_COUNTRY_CODE = var.default_country_code
  }
  permissions = []
}

resource "aws_iam_role" "contact_records_delivery" {
  name = "${local.name_prefix}contact-records-delivery"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow", Principal = { Service = "firehose.amazonaws.com" }, Action = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = local.account_id } }
    }]
  })
}

resource "aws_iam_role_policy" "contact_records_delivery" {
  name = "least-privilege"
  role = aws_iam_role.contact_records_delivery.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat([
      {
        Sid      = "WriteTheLake", Effect = "Allow",
        Action   = ["s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"]
        Resource = [aws_s3_bucket.data_lake.arn, "${aws_s3_bucket.data_lake.arn}/*"]
      },
      { Sid = "Cleanse", Effect = "Allow", Action = ["lambda:InvokeFunction", "lambda:GetFunctionConfiguration"], Resource = "${module.contact_record_cleansing.arn}:$LATEST" },
      { Sid = "CleanseUnqualified", Effect = "Allow", Action = ["lambda:InvokeFunction", "lambda:GetFunctionConfiguration"], Resource = module.contact_record_cleansing.arn },
      { Sid = "Encryption", Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = aws_kms_key.contact_centre.arn },
      { Sid = "DeliveryLogs", Effect = "Allow", Action = ["logs:PutLogEvents"], Resource = "${aws_cloudwatch_log_group.contact_records_delivery.arn}:*" },
      ], var.connect_enabled ? [{
        Sid      = "ReadTheStream", Effect = "Allow",
        Action   = ["kinesis:DescribeStream", "kinesis:GetShardIterator", "kinesis:GetRecords", "kinesis:ListShards"]
        Resource = aws_kinesis_stream.contact_records[0].arn
    }] : [])
  })
}

resource "aws_cloudwatch_log_group" "contact_records_delivery" {
  name              = "/aws/kinesisfirehose/${var.environment}-contact-records"
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.contact_centre.arn
}

resource "aws_cloudwatch_log_stream" "contact_records_delivery" {
  name           = "DestinationDelivery"
  log_group_name = aws_cloudwatch_log_group.contact_records_delivery.name
}

resource "aws_kinesis_firehose_delivery_stream" "contact_records" {
  # With a Kinesis stream as its source a delivery stream takes no server-side encryption of its
  # own: the records are encrypted at rest in the stream (with the environment's key) and in S3.
  #checkov:skip=CKV_AWS_240:Encrypted in the Kinesis stream and in S3 with the environment's key; a stream-sourced delivery stream cannot have its own.
  #checkov:skip=CKV_AWS_241:Encrypted in the Kinesis stream and in S3 with the environment's key; a stream-sourced delivery stream cannot have its own.
  name        = "${var.environment}-contact-records"
  destination = "extended_s3"

  dynamic "kinesis_source_configuration" {
    for_each = aws_kinesis_stream.contact_records
    content {
      kinesis_stream_arn = kinesis_source_configuration.value.arn
      role_arn           = aws_iam_role.contact_records_delivery.arn
    }
  }

  # Records put directly (no stream): encrypted by Firehose with the environment's key.
  dynamic "server_side_encryption" {
    for_each = var.connect_enabled ? [] : [aws_kms_key.contact_centre.arn]
    content {
      enabled  = true
      key_type = "CUSTOMER_MANAGED_CMK"
      key_arn  = server_side_encryption.value
    }
  }

  extended_s3_configuration {
    role_arn            = aws_iam_role.contact_records_delivery.arn
    bucket_arn          = aws_s3_bucket.data_lake.arn
    kms_key_arn         = aws_kms_key.contact_centre.arn
    prefix              = "contact-records/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/"
    error_output_prefix = "contact-records-errors/!{firehose:error-output-type}/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/"
    buffering_size      = 64
    buffering_interval  = 300
    compression_format  = "GZIP"

    processing_configuration {
      enabled = true

      processors {
        type = "Lambda"

        parameters {
          parameter_name  = "LambdaArn"
          parameter_value = "${module.contact_record_cleansing.arn}:$LATEST"
        }

        # Batches well inside the 6 MB a synchronous invocation may carry each way.
        parameters {
          parameter_name  = "BufferSizeInMBs"
          parameter_value = "1"
        }

        parameters {
          parameter_name  = "BufferIntervalInSeconds"
          parameter_value = "60"
        }
      }
    }

    cloudwatch_logging_options {
      enabled         = true
      log_group_name  = aws_cloudwatch_log_group.contact_records_delivery.name
      log_stream_name = aws_cloudwatch_log_stream.contact_records_delivery.name
    }
  }

  depends_on = [aws_iam_role_policy.contact_records_delivery]
}
