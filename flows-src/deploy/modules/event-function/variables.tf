variable "handler" {
  description = "The handler's name in the binary (contact-event-consumer, metrics-ingestor, …); also the function's name after the prefix."
  type        = string
}

variable "description" {
  description = "What the function does, shown in the console."
  type        = string
}

variable "name_prefix" {
  description = "Prefix of the function's, role's and log group's names."
  type        = string
}

variable "lambda_package" {
  description = "Path of the zip scripts/package-lambda makes."
  type        = string
}

variable "lambda_package_hash" {
  description = "The zip's base64 SHA-256."
  type        = string
}

variable "kms_key_arn" {
  description = "The key that encrypts the function's environment and its logs."
  type        = string
}

variable "log_retention_days" {
  description = "Days the function's logs are kept."
  type        = number
}

variable "environment" {
  description = "The function's environment variables."
  type        = map(string)
}

variable "permissions" {
  description = "What the function may do beyond logging and tracing: actions on resources, with an optional IAM condition (operator → key → value)."
  type = list(object({
    actions   = list(string)
    resources = list(string)
    condition = optional(map(map(string)))
  }))
}

variable "timeout" {
  description = "Seconds an invocation may take."
  type        = number
  default     = 60
}

variable "memory_size" {
  description = "MB of memory (and a proportional share of CPU)."
  type        = number
  default     = 256
}

variable "vpc" {
  description = "The private subnets and security groups to run in (their ids, and their ARNs for the role's network-interface permissions); null outside a VPC."
  type = object({
    subnet_ids          = list(string)
    subnet_arns         = list(string)
    security_group_ids  = list(string)
    security_group_arns = list(string)
  })
  default = null
}
