# Phone numbers: claiming one is a resource (aws_connect_phone_number); pointing it at the flow that
# answers it is not — provider 5.100 has no resource for Connect's AssociatePhoneNumberContactFlow
# (https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociatePhoneNumberContactFlow.html),
# so the output phone_number_associations gives the AWS CLI command for each number, to run once
# after apply (and again only if the flow is replaced).

resource "aws_connect_phone_number" "this" {
  for_each = var.connect_enabled ? var.phone_numbers : {}

  target_arn   = local.instance_arn
  country_code = each.value.country_code
  type         = each.value.type
  prefix       = each.value.prefix
  description  = "${var.environment} ${each.key}: answered by ${each.value.flow}"

  lifecycle {
    precondition {
      condition     = contains(keys(module.flowc[0].flow_arns), each.value.flow)
      error_message = "Phone number ${each.key} names flow ${each.value.flow}, which is not one of the call centre's flows: ${join(", ", keys(module.flowc[0].flow_arns))}."
    }
  }
}
