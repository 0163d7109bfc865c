# The relational reporting store: RDS PostgreSQL in the reporting VPC's private subnets, not
# publicly accessible, encrypted with the environment's key, TLS enforced (rds.force_ssl), its
# master password generated and rotated by RDS in Secrets Manager (never in Terraform), reached
# only from the summary writer's security group. summary-writer (Sources/ReportingStore) keeps a
# row per contact from the sessions table's stream. Behind reporting_store_enabled: an instance
# costs money every hour and takes minutes to create, and emulators do not run one.
# Sources: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html ;
# https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html.

resource "aws_db_subnet_group" "reporting" {
  count      = var.reporting_store_enabled ? 1 : 0
  name       = "${var.environment}-reporting"
  subnet_ids = aws_subnet.reporting_private[*].id
}

resource "aws_db_parameter_group" "reporting" {
  count  = var.reporting_store_enabled ? 1 : 0
  name   = "${var.environment}-reporting"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_statement"
    value = "ddl"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }
}

resource "aws_iam_role" "reporting_monitoring" {
  count = var.reporting_store_enabled ? 1 : 0
  name  = "${local.name_prefix}reporting-monitoring"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "monitoring.rds.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "reporting_monitoring" {
  count      = var.reporting_store_enabled ? 1 : 0
  role       = aws_iam_role.reporting_monitoring[0].name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

resource "aws_db_instance" "reporting" {
  count = var.reporting_store_enabled ? 1 : 0

  identifier                            = "${var.environment}-reporting"
  engine                                = "postgres"
  engine_version                        = "16"
  instance_class                        = var.reporting_instance_class
  allocated_storage                     = 20
  max_allocated_storage                 = 100
  storage_type                          = "gp3"
  storage_encrypted                     = true
  kms_key_id                            = aws_kms_key.contact_centre.arn
  db_name                               = "reporting"
  username                              = "reporting_admin"
  manage_master_user_password           = true
  master_user_secret_kms_key_id         = aws_kms_key.contact_centre.arn
  iam_database_authentication_enabled   = true
  db_subnet_group_name                  = aws_db_subnet_group.reporting[0].name
  parameter_group_name                  = aws_db_parameter_group.reporting[0].name
  vpc_security_group_ids                = [aws_security_group.reporting_database[0].id]
  publicly_accessible                   = false
  multi_az                              = var.reporting_multi_az
  backup_retention_period               = 7
  copy_tags_to_snapshot                 = true
  auto_minor_version_upgrade            = true
  deletion_protection                   = var.deletion_protection
  skip_final_snapshot                   = !var.deletion_protection
  final_snapshot_identifier             = "${var.environment}-reporting-final"
  enabled_cloudwatch_logs_exports       = ["postgresql", "upgrade"]
  performance_insights_enabled          = true
  performance_insights_kms_key_id       = aws_kms_key.contact_centre.arn
  performance_insights_retention_period = 7
  monitoring_interval                   = 60
  monitoring_role_arn                   = aws_iam_role.reporting_monitoring[0].arn
}

module "summary_writer" {
  source = "./modules/event-function"
  count  = var.reporting_store_enabled ? 1 : 0

  handler             = "summary-writer"
  description         = "Keeps a row per contact in the reporting store from the sessions table's stream"
  name_prefix         = local.name_prefix
  lambda_package      = var.lambda_package
  lambda_package_hash = var.lambda_package_hash
  kms_key_arn         = aws_kms_key.contact_centre.arn
  log_retention_days  = var.log_retention_days
  timeout             = 60
  environment = {
    DB_HOST       = aws_db_instance.reporting[0].address
    DB_PORT       = tostring(aws_db_instance.reporting[0].port)
    DB_NAME       = aws_db_instance.reporting[0].db_name
    DB_SECRET_ARN = aws_db_instance.reporting[0].master_user_secret[0].secret_arn
    # TLS without checking the certificate: RDS's CA is not among the function's roots; add its
    # bundle to the package and set DB_TLS = "verify", DB_CA_BUNDLE = its path, to check it too.
    DB_TLS = "encrypt"
  }
  permissions = [
    { actions = ["secretsmanager:GetSecretValue"], resources = [aws_db_instance.reporting[0].master_user_secret[0].secret_arn] },
    { actions = ["kms:Decrypt"], resources = [aws_kms_key.contact_centre.arn] },
    { actions = ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"], resources = [aws_dynamodb_table.sessions.stream_arn] },
  ]
  vpc = {
    subnet_ids          = aws_subnet.reporting_private[*].id
    subnet_arns         = aws_subnet.reporting_private[*].arn
    security_group_ids  = [aws_security_group.summary_writer[0].id]
    security_group_arns = [aws_security_group.summary_writer[0].arn]
  }
}

resource "aws_lambda_event_source_mapping" "summary_writer" {
  count = var.reporting_store_enabled ? 1 : 0

  event_source_arn               = aws_dynamodb_table.sessions.stream_arn
  function_name                  = module.summary_writer[0].arn
  starting_position              = "TRIM_HORIZON"
  batch_size                     = 100
  function_response_types        = ["ReportBatchItemFailures"]
  bisect_batch_on_function_error = true
  maximum_retry_attempts         = 20
  maximum_record_age_in_seconds  = 86400
}
