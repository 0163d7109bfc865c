# The root module on a mock provider: what it hands the generated module, how it keeps secrets
# out of variables and state, and the phone numbers' flows. Run: terraform test (after init).

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = { account_id = "111122223333" }
  }
  mock_data "aws_region" {
    defaults = { name = "eu-west-2" }
  }
  mock_data "aws_connect_instance" {
    defaults = { arn = "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555" }
  }
  mock_data "aws_connect_prompt" {
    defaults = { arn = "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/prompt/looked-up" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:eu-west-2:111122223333:key/00000000-0000-4000-8000-000000000001" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::111122223333:role/mock" }
  }
  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws:logs:eu-west-2:111122223333:log-group:mock" }
  }
  mock_resource "aws_lambda_function" {
    defaults = { arn = "arn:aws:lambda:eu-west-2:111122223333:function:mock" }
  }
  mock_resource "aws_connect_queue" {
    defaults = { arn = "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/queue/mock" }
  }
  mock_resource "aws_connect_hours_of_operation" {
    defaults = { arn = "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/operating-hours/mock" }
  }
  mock_resource "aws_connect_contact_flow_module" {
    defaults = { arn = "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/flow-module/mock" }
  }
  mock_resource "aws_connect_contact_flow" {
    defaults = { arn = "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/f1f1f1f1-0000-4000-8000-000000000000" }
  }
  mock_resource "aws_connect_phone_number" {
    defaults = { id = "p1p1p1p1-0000-4000-8000-000000000000", phone_number = "+442079460000" }
  }
  mock_resource "aws_sns_topic" {
    defaults = { arn = "arn:aws:sns:eu-west-2:111122223333:call-quality-alarms" }
  }
  mock_resource "aws_secretsmanager_secret" {
    defaults = { arn = "arn:aws:secretsmanager:eu-west-2:111122223333:secret:mock" }
  }
}

variables {
  region              = "eu-west-2"
  environment         = "sandbox"
  instance_id         = "11111111-2222-3333-4444-555555555555"
  lambda_package      = "call-centre-lambdas.zip"
  lambda_package_hash = "bW9jaw=="
  back_office_urls = {
    BILLING_API_URL  = "https://billing.example/api/"
    CALENDAR_API_URL = "https://calendar.example/api/"
    CRM_API_URL      = "https://crm.example/api/"
    IDENTITY_API_URL = "https://identity.example/api/"
    NETWORK_API_URL  = "https://network.example/api/"
    ORDERS_API_URL   = "https://orders.example/api/"
    PAYMENTS_API_URL = "https://payments.example/api/"
  }
  phone_numbers = {
    main = { country_code = "GB", type = "DID", flow = "main-ivr" }
  }
}

run "sandbox" {
  assert {
    condition     = length(aws_secretsmanager_secret.api_key) == 7 && alltrue([for secret in aws_secretsmanager_secret.api_key : startswith(secret.name, "sandbox/contact-centre/") && secret.kms_key_id == aws_kms_key.contact_centre.arn])
    error_message = "every back-office API key is a secret of the environment, encrypted with its key"
  }
  assert {
    condition     = aws_kms_key.contact_centre.enable_key_rotation
    error_message = "the environment's key rotates"
  }
  assert {
    condition     = aws_dynamodb_table.surveys.hash_key == "contactId" && aws_dynamodb_table.surveys.server_side_encryption[0].kms_key_arn == aws_kms_key.contact_centre.arn && aws_dynamodb_table.surveys.point_in_time_recovery[0].enabled
    error_message = "the survey table is keyed by contact id (the recorder's condition), encrypted with the environment's key and recoverable"
  }
  assert {
    condition     = aws_dynamodb_table.profiles.ttl[0].attribute_name == "expiresAt" && aws_dynamodb_table.profiles.ttl[0].enabled
    error_message = "cached profiles expire by DynamoDB's TTL on expiresAt, the attribute CustomerDirectory writes"
  }
  assert {
    condition     = jsondecode(aws_sqs_queue.survey_replay.redrive_policy).deadLetterTargetArn == aws_sqs_queue.survey_replay_dead_letters.arn
    error_message = "answers that fail replay move to the dead-letter queue"
  }
  assert {
    condition     = aws_connect_phone_number.this["main"].target_arn == data.aws_connect_instance.this.arn
    error_message = "the number is claimed for the instance"
  }
  assert {
    condition     = strcontains(output.phone_number_associations["main"], "--phone-number-id p1p1p1p1-0000-4000-8000-000000000000 --contact-flow-id f1f1f1f1-0000-4000-8000-000000000000")
    error_message = "the association command names the number and the id of its flow"
  }
  assert {
    condition     = length(module.monitoring.alarm_names) == 9 * 5 && contains(keys(module.monitoring.alarm_names), "billing/AbandonmentRate")
    error_message = "an anomaly alarm per KPI for each of flows-src's nine queues"
  }
  assert {
    condition     = module.monitoring.dashboard_name == "sandbox-call-quality"
    error_message = "the dashboard is the environment's"
  }
  assert {
    condition     = output.flow_arns["main-ivr"] == "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/f1f1f1f1-0000-4000-8000-000000000000"
    error_message = "the generated module's flows are the root module's outputs"
  }
}

run "a_phone_number_for_an_unknown_flow_is_refused" {
  command = plan

  variables {
    phone_numbers = {
      main = { country_code = "GB", type = "DID", flow = "no-such-flow" }
    }
  }

  expect_failures = [aws_connect_phone_number.this]
}

run "a_phone_number_type_is_did_or_toll_free" {
  command = plan

  variables {
    phone_numbers = {
      main = { country_code = "GB", type = "MOBILE", flow = "main-ivr" }
    }
  }

  expect_failures = [var.phone_numbers]
}
