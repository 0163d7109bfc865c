output "arn" {
  description = "The function's ARN."
  value       = aws_lambda_function.this.arn
}

output "function_name" {
  description = "The function's name."
  value       = aws_lambda_function.this.function_name
}

output "role_arn" {
  description = "The function's execution role."
  value       = aws_iam_role.this.arn
}
