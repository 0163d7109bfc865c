# One function of the call centre's Lambda binary that answers events rather than calls (the data
# pipeline's, the survey store's, the monitor's): its log group (retention, encrypted), its role
# with exactly the permissions given, X-Ray tracing, and the function (provided.al2023, x86_64 as
# scripts/package-lambda builds it; `_HANDLER` = the handler's name picks it in the binary), in a
# VPC's private subnets when `vpc` is given (with the network-interface permissions Lambda needs
# there: https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html#configuration-vpc-permissions).

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  vpc_statements = flatten([for vpc in(var.vpc == null ? [] : [var.vpc]) : [
    {
      Sid    = "NetworkInterfaces", Effect = "Allow",
      Action = ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"]
      Resource = concat(["arn:aws:ec2:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:network-interface/*"],
      vpc.subnet_arns, vpc.security_group_arns)
    },
    # DescribeNetworkInterfaces has no resource type to scope it by.
    { Sid = "DescribeNetworkInterfaces", Effect = "Allow", Action = ["ec2:DescribeNetworkInterfaces"], Resource = "*" },
  ]])
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/aws/lambda/${var.name_prefix}${var.handler}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
}

resource "aws_iam_role" "this" {
  name = "${var.name_prefix}${var.handler}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "this" {
  name = "least-privilege"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(local.vpc_statements, [
      { Sid = "Logs", Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "${aws_cloudwatch_log_group.this.arn}:*" },
      { Sid = "Tracing", Effect = "Allow", Action = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"], Resource = "*" },
      { Sid = "Environment", Effect = "Allow", Action = ["kms:Decrypt"], Resource = var.kms_key_arn },
      ], [
      for index, permission in var.permissions : merge(
        { Sid = "Uses${index + 1}", Effect = "Allow", Action = permission.actions, Resource = permission.resources },
        permission.condition == null ? {} : { Condition = permission.condition },
      )
    ])
  })
}

resource "aws_lambda_function" "this" {
  function_name    = "${var.name_prefix}${var.handler}"
  description      = var.description
  role             = aws_iam_role.this.arn
  runtime          = "provided.al2023"
  architectures    = ["x86_64"]
  handler          = var.handler
  filename         = var.lambda_package
  source_code_hash = var.lambda_package_hash
  memory_size      = var.memory_size
  timeout          = var.timeout
  kms_key_arn      = var.kms_key_arn

  tracing_config {
    mode = "Active"
  }

  dynamic "vpc_config" {
    for_each = var.vpc == null ? [] : [var.vpc]
    content {
      subnet_ids         = vpc_config.value.subnet_ids
      security_group_ids = vpc_config.value.security_group_ids
    }
  }

  environment {
    variables = var.environment
  }

  depends_on = [aws_cloudwatch_log_group.this, aws_iam_role_policy.this]
}
