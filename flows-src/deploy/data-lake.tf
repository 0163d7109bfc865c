# The data lake the dashboards read: one bucket (versioned, encrypted with the environment's key,
# no public access, TLS only) holding the cleansed contact records and Athena's query results; a
# Glue table over the records (JSON lines, partitioned by day with partition projection, so no
# crawler runs and a new day is queryable at once) and an Athena workgroup that QuickSight and
# analysts query through, its results encrypted and its settings enforced.
# Sources: https://docs.aws.amazon.com/athena/latest/ug/partition-projection.html ;
# https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html.

module "contact_record_columns" {
  source = "../../generated/terraform/data-lake"
}

locals {
  # The columns the cleanser keeps (ALLOWED_COLUMNS) are the table's columns: one list. The
  # record's own fields are ContactRecordCleanser.standardColumns; the attributes are flowc.yaml's
  # data_lake.attributes, which flowc generates for both sides (and checks each is set somewhere).
  contact_record_columns = concat([
    "contact_id", "initial_contact_id", "previous_contact_id", "next_contact_id", "aws_account_id", "instance_arn",
    "channel", "initiation_method", "initiation_timestamp", "connected_to_system_timestamp", "disconnect_timestamp",
    "disconnect_reason", "last_update_timestamp", "transfer_completed_timestamp",
    "queue_arn", "queue_name", "queue_enqueue_timestamp", "queue_dequeue_timestamp", "queue_duration",
    "agent_arn", "agent_connected_to_agent_timestamp", "agent_agent_interaction_duration", "agent_after_contact_work_duration",
    "agent_customer_hold_duration", "agent_longest_hold_duration", "agent_number_of_holds", "agent_routing_profile_name",
    "agent_connection_attempts", "system_endpoint_address", "system_endpoint_type", "customer_endpoint_type",
  ], module.contact_record_columns.attribute_columns)
  data_lake_bucket = "${var.environment}-contact-centre-lake-${local.account_id}"
}

resource "aws_s3_bucket" "data_lake" {
  #checkov:skip=CKV_AWS_18:Access to the lake is logged by CloudTrail data events in the account's trail, not by a second bucket per environment.
  #checkov:skip=CKV_AWS_144:One region by design: the contact records are personal data kept in the instance's region.
  #checkov:skip=CKV2_AWS_62:Nothing consumes object notifications; Athena reads the lake by query.
  bucket = local.data_lake_bucket
}

resource "aws_s3_bucket_versioning" "data_lake" {
  bucket = aws_s3_bucket.data_lake.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_lake" {
  bucket = aws_s3_bucket.data_lake.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.contact_centre.arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "data_lake" {
  bucket                  = aws_s3_bucket.data_lake.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "data_lake" {
  bucket = aws_s3_bucket.data_lake.id

  rule {
    id     = "tidy"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  rule {
    id     = "query-results"
    status = "Enabled"

    filter {
      prefix = "athena-results/"
    }

    expiration {
      days = 30
    }
  }

  depends_on = [aws_s3_bucket_versioning.data_lake]
}

# An emulator answers plain HTTP on loopback, where this rule would refuse every request: it is
# left out only when aws_endpoint_url names one.
resource "aws_s3_bucket_policy" "data_lake" {
  count  = var.aws_endpoint_url == null ? 1 : 0
  bucket = aws_s3_bucket.data_lake.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TLSOnly", Effect = "Deny", Principal = "*", Action = "s3:*"
      Resource  = [aws_s3_bucket.data_lake.arn, "${aws_s3_bucket.data_lake.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
  depends_on = [aws_s3_bucket_public_access_block.data_lake]
}

resource "aws_glue_catalog_database" "contact_centre" {
  name        = replace("${var.environment}_contact_centre", "-", "_")
  description = "The ${var.environment} contact centre's data lake"
}

resource "aws_glue_catalog_table" "contact_records" {
  name          = "contact_records"
  database_name = aws_glue_catalog_database.contact_centre.name
  description   = "Cleansed contact records, one JSON object per line, by day"
  table_type    = "EXTERNAL_TABLE"

  parameters = {
    classification              = "json"
    "compressionType"           = "gzip"
    "projection.enabled"        = "true"
    "projection.year.type"      = "integer"
    "projection.year.range"     = "2024,2099"
    "projection.month.type"     = "integer"
    "projection.month.range"    = "1,12"
    "projection.month.digits"   = "2"
    "projection.day.type"       = "integer"
    "projection.day.range"      = "1,31"
    "projection.day.digits"     = "2"
    "storage.location.template" = "s3://${aws_s3_bucket.data_lake.id}/contact-records/year=$${year}/month=$${month}/day=$${day}/"
  }

  partition_keys {
    name = "year"
    type = "int"
  }

  partition_keys {
    name = "month"
    type = "int"
  }

  partition_keys {
    name = "day"
    type = "int"
  }

  storage_descriptor {
    location      = "s3://${aws_s3_bucket.data_lake.id}/contact-records/"
    input_format  = "org.apache.hadoop.mapred.TextInputFormat"
    output_format = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat"

    ser_de_info {
      serialization_library = "org.openx.data.jsonserde.JsonSerDe"
    }

    dynamic "columns" {
      for_each = local.contact_record_columns
      content {
        name = columns.value
        type = "string"
      }
    }
  }
}

resource "aws_athena_workgroup" "contact_centre" {
  name          = "${var.environment}-contact-centre"
  force_destroy = true

  configuration {
    enforce_workgroup_configuration    = true
    publish_cloudwatch_metrics_enabled = true

    result_configuration {
      output_location = "s3://${aws_s3_bucket.data_lake.id}/athena-results/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.contact_centre.arn
      }
    }
  }
}
