# The reporting store's network: a VPC with two private subnets in two availability zones and no
# route out — no internet gateway, no NAT. The summary writer runs in it and reaches the database
# directly and Secrets Manager through an interface endpoint; nothing else does. Its traffic is
# logged (flow logs to CloudWatch, encrypted); the default security group allows nothing.
# Sources: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html ;
# https://docs.aws.amazon.com/secretsmanager/latest/userguide/vpc-endpoint-overview.html.

# The zones are named, not whatever the region offers today, so a zone AWS adds never moves a
# subnet: the ones given, else the region's zones lettered a to d (every region has two of them).
data "aws_availability_zones" "available" {
  count = var.reporting_store_enabled ? 1 : 0
  state = "available"

  filter {
    name   = "zone-name"
    values = length(var.reporting_availability_zones) > 0 ? var.reporting_availability_zones : [for letter in ["a", "b", "c", "d"] : "${var.region}${letter}"]
  }
}

resource "aws_vpc" "reporting" {
  count = var.reporting_store_enabled ? 1 : 0

  cidr_block           = var.reporting_vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = "${var.environment}-reporting" }
}

resource "aws_default_security_group" "reporting" {
  count  = var.reporting_store_enabled ? 1 : 0
  vpc_id = aws_vpc.reporting[0].id
}

resource "aws_subnet" "reporting_private" {
  count = var.reporting_store_enabled ? 2 : 0

  vpc_id            = aws_vpc.reporting[0].id
  cidr_block        = cidrsubnet(var.reporting_vpc_cidr, 4, count.index)
  availability_zone = data.aws_availability_zones.available[0].names[count.index]
  tags              = { Name = "${var.environment}-reporting-private-${count.index + 1}" }

  lifecycle {
    precondition {
      condition     = length(data.aws_availability_zones.available[0].names) >= 2
      error_message = "The reporting store needs two availability zones; set reporting_availability_zones to two of the region's zone names."
    }
  }
}

resource "aws_cloudwatch_log_group" "reporting_flow_logs" {
  count             = var.reporting_store_enabled ? 1 : 0
  name              = "/aws/vpc/${var.environment}-reporting"
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.contact_centre.arn
}

resource "aws_iam_role" "reporting_flow_logs" {
  count = var.reporting_store_enabled ? 1 : 0
  name  = "${local.name_prefix}reporting-flow-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow", Principal = { Service = "vpc-flow-logs.amazonaws.com" }, Action = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:SourceAccount" = local.account_id } }
    }]
  })
}

resource "aws_iam_role_policy" "reporting_flow_logs" {
  count = var.reporting_store_enabled ? 1 : 0
  name  = "write-flow-logs"
  role  = aws_iam_role.reporting_flow_logs[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
      Resource = "${aws_cloudwatch_log_group.reporting_flow_logs[0].arn}:*"
    }]
  })
}

resource "aws_flow_log" "reporting" {
  count = var.reporting_store_enabled ? 1 : 0

  vpc_id          = aws_vpc.reporting[0].id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.reporting_flow_logs[0].arn
  iam_role_arn    = aws_iam_role.reporting_flow_logs[0].arn
}

resource "aws_security_group" "summary_writer" {
  count       = var.reporting_store_enabled ? 1 : 0
  name        = "${var.environment}-summary-writer"
  description = "The summary writer: out to the database and the Secrets Manager endpoint only"
  vpc_id      = aws_vpc.reporting[0].id
}

resource "aws_security_group" "reporting_database" {
  count       = var.reporting_store_enabled ? 1 : 0
  name        = "${var.environment}-reporting-database"
  description = "The reporting store: PostgreSQL from the summary writer only"
  vpc_id      = aws_vpc.reporting[0].id
}

resource "aws_security_group" "reporting_endpoints" {
  count       = var.reporting_store_enabled ? 1 : 0
  name        = "${var.environment}-reporting-endpoints"
  description = "AWS service endpoints in the reporting VPC: HTTPS from the summary writer only"
  vpc_id      = aws_vpc.reporting[0].id
}

resource "aws_vpc_security_group_egress_rule" "writer_to_database" {
  count                        = var.reporting_store_enabled ? 1 : 0
  description                  = "PostgreSQL"
  security_group_id            = aws_security_group.summary_writer[0].id
  referenced_security_group_id = aws_security_group.reporting_database[0].id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_egress_rule" "writer_to_endpoints" {
  count                        = var.reporting_store_enabled ? 1 : 0
  description                  = "HTTPS to the service endpoints"
  security_group_id            = aws_security_group.summary_writer[0].id
  referenced_security_group_id = aws_security_group.reporting_endpoints[0].id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
}

resource "aws_vpc_security_group_ingress_rule" "database_from_writer" {
  count                        = var.reporting_store_enabled ? 1 : 0
  description                  = "PostgreSQL from the summary writer"
  security_group_id            = aws_security_group.reporting_database[0].id
  referenced_security_group_id = aws_security_group.summary_writer[0].id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "endpoints_from_writer" {
  count                        = var.reporting_store_enabled ? 1 : 0
  description                  = "HTTPS from the summary writer"
  security_group_id            = aws_security_group.reporting_endpoints[0].id
  referenced_security_group_id = aws_security_group.summary_writer[0].id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
}

resource "aws_vpc_endpoint" "secrets_manager" {
  count = var.reporting_store_enabled ? 1 : 0

  vpc_id              = aws_vpc.reporting[0].id
  service_name        = "com.amazonaws.${local.region}.secretsmanager"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = aws_subnet.reporting_private[*].id
  security_group_ids  = [aws_security_group.reporting_endpoints[0].id]
}
