# One function of the call centre's Lambda binary that answers events rather than calls (the data
# pipeline's, the survey store's, the monitor's): its log group (retention, encrypted), its role
# with exactly the permissions given, X-Ray tracing, and the function (provided.al2023, x86_64 as
# scripts/package-lambda builds it; `_HANDLER` = the handler's name picks it in the binary).

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
    Statement = concat([
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

  environment {
    variables = var.environment
  }

  depends_on = [aws_cloudwatch_log_group.this, aws_iam_role_policy.this]
}
