# The sandbox environment: a test instance in the sandbox account, fake back-office endpoints.
#   terraform apply -var-file=environments/sandbox.tfvars \
#     -var lambda_package=../../.build-release/lambda/call-centre-lambdas.zip -var lambda_package_hash=<printed by package-lambda>
region              = "eu-west-2"
environment         = "sandbox"
instance_id         = "11111111-2222-3333-4444-555555555555"
log_retention_days  = 30
deletion_protection = false

back_office_urls = {
  BILLING_API_URL  = "https://billing.sandbox.acme.example/api/"
  CALENDAR_API_URL = "https://calendar.sandbox.acme.example/api/"
  CRM_API_URL      = "https://crm.sandbox.acme.example/api/"
  IDENTITY_API_URL = "https://identity.sandbox.acme.example/api/"
  NETWORK_API_URL  = "https://network.sandbox.acme.example/api/"
  ORDERS_API_URL   = "https://orders.sandbox.acme.example/api/"
  PAYMENTS_API_URL = "https://payments.sandbox.acme.example/api/"
}

phone_numbers = {
  main = { country_code = "GB", type = "DID", flow = "main-ivr" }
}
