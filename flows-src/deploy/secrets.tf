# The back-office API keys: one Secrets Manager secret each, encrypted with the environment's key.
# Terraform creates the secrets and never their values, so no key is in a variable, in the state
# or in a function's environment (the functions get the secret's ARN and read the value, cached
# five minutes: docs/runtime.md). Put or rotate a value out of band:
#   aws secretsmanager put-secret-value --secret-id sandbox/contact-centre/crm-api-key --secret-string "$KEY"
# The generated module checks that every key its functions declare in flowc.yaml is here.

locals {
  api_keys = ["billing-api-key", "calendar-api-key", "crm-api-key", "identity-api-key", "network-api-key", "orders-api-key", "payments-api-key"]
}

resource "aws_secretsmanager_secret" "api_key" {
  for_each = toset(local.api_keys)

  name                    = "${var.environment}/contact-centre/${each.key}"
  description             = "The ${each.key} the ${var.environment} contact centre's Lambdas send to the back office"
  kms_key_id              = aws_kms_key.contact_centre.arn
  recovery_window_in_days = 30
}
