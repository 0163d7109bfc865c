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
  mock_resource "aws_sqs_queue" {
    defaults = { arn = "arn:aws:sqs:eu-west-2:111122223333:mock", url = "https://sqs.eu-west-2.amazonaws.com/111122223333/mock" }
  }
  mock_resource "aws_kinesis_stream" {
    defaults = { arn = "arn:aws:kinesis:eu-west-2:111122223333:stream/sandbox-contact-records" }
  }
  mock_resource "aws_kinesis_firehose_delivery_stream" {
    defaults = { arn = "arn:aws:firehose:eu-west-2:111122223333:deliverystream/sandbox-contact-records" }
  }
  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::sandbox-contact-centre-lake-111122223333" }
  }
  mock_resource "aws_cloudwatch_event_rule" {
    defaults = { arn = "arn:aws:events:eu-west-2:111122223333:rule/mock" }
  }
  mock_resource "aws_dynamodb_table" {
    defaults = {
      arn        = "arn:aws:dynamodb:eu-west-2:111122223333:table/mock"
      stream_arn = "arn:aws:dynamodb:eu-west-2:111122223333:table/mock/stream/2026-12-01T00:00:00.000"
    }
  }
  mock_data "aws_availability_zones" {
    defaults = { names = ["eu-west-2a", "eu-west-2b", "eu-west-2c"] }
  }
  mock_resource "aws_subnet" {
    defaults = { arn = "arn:aws:ec2:eu-west-2:111122223333:subnet/subnet-mock" }
  }
  mock_resource "aws_security_group" {
    defaults = { arn = "arn:aws:ec2:eu-west-2:111122223333:security-group/sg-mock" }
  }
  mock_resource "aws_db_instance" {
    defaults = {
      address            = "sandbox-reporting.abc.eu-west-2.rds.amazonaws.com"
      port               = 5432
      master_user_secret = [{ secret_arn = "arn:aws:secretsmanager:eu-west-2:111122223333:secret:rds!db-mock", kms_key_id = "k", secret_status = "active" }]
    }
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
    condition     = aws_connect_phone_number.this["main"].target_arn == data.aws_connect_instance.this[0].arn
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

run "the_pipeline" {
  assert {
    condition     = aws_connect_instance_storage_config.contact_records[0].resource_type == "CONTACT_TRACE_RECORDS" && aws_connect_instance_storage_config.contact_records[0].storage_config[0].kinesis_stream_config[0].stream_arn == aws_kinesis_stream.contact_records[0].arn
    error_message = "the instance streams its contact records to the Kinesis stream"
  }
  assert {
    condition     = aws_kinesis_firehose_delivery_stream.contact_records.kinesis_source_configuration[0].kinesis_stream_arn == aws_kinesis_stream.contact_records[0].arn
    error_message = "Firehose reads the contact-record stream"
  }
  assert {
    condition     = contains([for parameter in aws_kinesis_firehose_delivery_stream.contact_records.extended_s3_configuration[0].processing_configuration[0].processors[0].parameters : parameter.parameter_value if parameter.parameter_name == "LambdaArn"], "${module.contact_record_cleansing.arn}:$LATEST")
    error_message = "the cleansing function transforms every record"
  }
  assert {
    condition     = startswith(aws_kinesis_firehose_delivery_stream.contact_records.extended_s3_configuration[0].prefix, "contact-records/year=!{timestamp:yyyy}/") && startswith(aws_kinesis_firehose_delivery_stream.contact_records.extended_s3_configuration[0].error_output_prefix, "contact-records-errors/")
    error_message = "records land by date, failures under their own prefix"
  }
  assert {
    condition     = [for column in aws_glue_catalog_table.contact_records.storage_descriptor[0].columns : column.name] == local.contact_record_columns && module.contact_record_cleansing.arn != null
    error_message = "the lake's table has exactly the columns the cleanser keeps"
  }
  assert {
    condition     = jsondecode(aws_cloudwatch_event_rule.contact_events.event_pattern) == { source = ["aws.connect"], "detail-type" = ["Amazon Connect Contact Event"] }
    error_message = "the rule takes Connect's contact events"
  }
  assert {
    condition     = aws_lambda_event_source_mapping.contact_events.function_response_types == toset(["ReportBatchItemFailures"]) && aws_lambda_event_source_mapping.survey_replay.function_response_types == toset(["ReportBatchItemFailures"])
    error_message = "queue consumers report the messages they failed, not the batch"
  }
  assert {
    condition     = aws_dynamodb_table.call_log.range_key == "event" && aws_dynamodb_table.call_log.ttl[0].attribute_name == "expiresAt" && aws_dynamodb_table.sessions.ttl[0].attribute_name == "expiresAt" && aws_dynamodb_table.sessions.stream_enabled
    error_message = "the timeline and sessions expire by TTL on expiresAt, the attribute the consumer writes, and stream their changes"
  }
  assert {
    condition     = aws_dynamodb_table.surveys.stream_view_type == "NEW_IMAGE" && aws_lambda_event_source_mapping.survey_follow_up[0].event_source_arn == aws_dynamodb_table.surveys.stream_arn
    error_message = "new surveys stream to the follow-up function"
  }
  assert {
    condition     = aws_athena_workgroup.contact_centre.configuration[0].enforce_workgroup_configuration && aws_athena_workgroup.contact_centre.configuration[0].result_configuration[0].encryption_configuration[0].encryption_option == "SSE_KMS"
    error_message = "Athena's results are encrypted and the workgroup's settings enforced"
  }
  assert {
    condition     = startswith(local.monitored_queues[0], "accounts=") && length(local.monitored_queues) == 9 && contains(local.monitored_flows, "main-ivr=f1f1f1f1-0000-4000-8000-000000000000")
    error_message = "live mode gives the ingestor each queue's and flow's name and id"
  }
  assert {
    condition     = aws_scheduler_schedule.metrics_ingestor.target[0].arn == module.metrics_ingestor.arn && aws_scheduler_schedule.metrics_ingestor.target[0].role_arn == aws_iam_role.metrics_schedule.arn && aws_scheduler_schedule.metrics_ingestor.schedule_expression == "rate(5 minutes)"
    error_message = "the schedule invokes the ingestor every five minutes, through its own role"
  }
}

run "the_reporting_store" {
  assert {
    condition     = !aws_db_instance.reporting[0].publicly_accessible && aws_db_instance.reporting[0].storage_encrypted && aws_db_instance.reporting[0].manage_master_user_password && aws_db_instance.reporting[0].db_subnet_group_name == aws_db_subnet_group.reporting[0].name
    error_message = "the database is private, encrypted, in the private subnets, its password managed by RDS"
  }
  assert {
    condition     = aws_vpc_security_group_ingress_rule.database_from_writer[0].referenced_security_group_id == aws_security_group.summary_writer[0].id && aws_vpc_security_group_ingress_rule.database_from_writer[0].from_port == 5432 && aws_db_instance.reporting[0].vpc_security_group_ids == toset([aws_security_group.reporting_database[0].id])
    error_message = "only the summary writer's security group reaches PostgreSQL"
  }
  assert {
    condition     = [for parameter in aws_db_parameter_group.reporting[0].parameter : parameter.value if parameter.name == "rds.force_ssl"] == ["1"]
    error_message = "the database refuses connections without TLS"
  }
  assert {
    condition     = aws_vpc_endpoint.secrets_manager[0].private_dns_enabled && aws_vpc_endpoint.secrets_manager[0].service_name == "com.amazonaws.eu-west-2.secretsmanager"
    error_message = "the writer reaches Secrets Manager through the VPC's endpoint"
  }
  assert {
    condition     = aws_lambda_event_source_mapping.summary_writer[0].event_source_arn == aws_dynamodb_table.sessions.stream_arn && aws_lambda_event_source_mapping.summary_writer[0].function_name == module.summary_writer[0].arn
    error_message = "the sessions' stream feeds the summary writer"
  }
  assert {
    condition     = length(aws_subnet.reporting_private) == 2 && aws_subnet.reporting_private[0].availability_zone != aws_subnet.reporting_private[1].availability_zone
    error_message = "two private subnets in two zones"
  }
}

run "demo_without_a_connect_instance" {
  variables {
    connect_enabled         = false
    reporting_store_enabled = false
    instance_id             = null
    monitor_mode            = "demo"
    phone_numbers           = {}
  }

  assert {
    condition     = length(module.flowc) == 0 && length(aws_kinesis_stream.contact_records) == 0 && length(aws_connect_instance_storage_config.contact_records) == 0 && length(module.survey_follow_up) == 0 && length(data.aws_connect_instance.this) == 0
    error_message = "nothing that needs an instance is deployed"
  }
  assert {
    condition     = length(aws_db_instance.reporting) == 0 && length(aws_vpc.reporting) == 0 && length(module.summary_writer) == 0
    error_message = "without the reporting store, no database, VPC or writer"
  }
  assert {
    condition     = length(aws_kinesis_firehose_delivery_stream.contact_records.kinesis_source_configuration) == 0 && aws_kinesis_firehose_delivery_stream.contact_records.server_side_encryption[0].key_arn == aws_kms_key.contact_centre.arn
    error_message = "without the stream, records are put directly and encrypted with the environment's key"
  }
  assert {
    condition     = join(",", local.monitored_queues) == "accounts,billing,business,business-faults,general,retention,sales,tech-support,vip" && length(module.monitoring.alarm_names) == 45
    error_message = "demo mode measures flows-src's queues by name, and the alarms follow them"
  }
  assert {
    condition     = output.flow_arns == {}
    error_message = "no flows without an instance"
  }
}

run "live_mode_needs_an_instance" {
  command = plan

  variables {
    connect_enabled = false
    monitor_mode    = "live"
    phone_numbers   = {}
  }

  expect_failures = [var.monitor_mode]
}

run "an_instance_is_needed_to_deploy_connect" {
  command = plan

  variables {
    instance_id = null
  }

  expect_failures = [var.instance_id]
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
