# The production environment: its own account, instance and state (backends/prod.s3.tfbackend).
region             = "eu-west-2"
environment        = "prod"
instance_id        = "99999999-8888-7777-6666-555555555555"
log_retention_days = 365

back_office_urls = {
  BILLING_API_URL  = "https://billing.acme.example/api/"
  CALENDAR_API_URL = "https://calendar.acme.example/api/"
  CRM_API_URL      = "https://crm.acme.example/api/"
  IDENTITY_API_URL = "https://identity.acme.example/api/"
  NETWORK_API_URL  = "https://network.acme.example/api/"
  ORDERS_API_URL   = "https://orders.acme.example/api/"
  PAYMENTS_API_URL = "https://payments.acme.example/api/"
}

phone_numbers = {
  main     = { country_code = "GB", type = "TOLL_FREE", prefix = "+44800", flow = "main-ivr" }
  business = { country_code = "GB", type = "DID", prefix = "+4420", flow = "business-ivr" }
}
