output "flow_arns" {
  description = "The ARN of every flow, by name."
  value       = module.flowc.flow_arns
}

output "module_arns" {
  description = "The ARN of every flow module, by name."
  value       = module.flowc.module_arns
}

output "lambda_arns" {
  description = "The ARN of every Lambda function, by name."
  value       = module.flowc.lambda_arns
}

output "phone_numbers" {
  description = "The claimed phone numbers, by name."
  value       = { for name, number in aws_connect_phone_number.this : name => number.phone_number }
}

output "phone_number_associations" {
  description = "Run each once after apply: points the claimed number at its flow (no Terraform resource does this in provider 5.100)."
  value = {
    for name, number in aws_connect_phone_number.this : name => join(" ", [
      "aws connect associate-phone-number-contact-flow",
      "--region ${local.region}",
      "--instance-id ${var.instance_id}",
      "--phone-number-id ${number.id}",
      "--contact-flow-id ${element(split("/", module.flowc.flow_arns[var.phone_numbers[name].flow]), 3)}",
    ])
  }
}

output "api_key_secrets" {
  description = "The secrets whose values to put (aws secretsmanager put-secret-value) before the first call."
  value       = { for name, secret in aws_secretsmanager_secret.api_key : name => secret.name }
}

output "survey_table" {
  description = "The table the survey recorder writes."
  value       = aws_dynamodb_table.surveys.name
}
