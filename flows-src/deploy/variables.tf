variable "region" {
  description = "The AWS region of the Connect instance and everything beside it."
  type        = string
}

variable "environment" {
  description = "The environment's name (sandbox, prod): prefixes the functions, tables, queues and secrets, and tags everything."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.environment))
    error_message = "environment must be 2 to 21 lower-case letters, digits or hyphens, starting with a letter."
  }
}

variable "instance_id" {
  description = "The Amazon Connect instance's id (the last part of its ARN)."
  type        = string
}

variable "lambda_package" {
  description = "Path of the zip scripts/package-lambda makes."
  type        = string
}

variable "lambda_package_hash" {
  description = "The zip's base64 SHA-256, as scripts/package-lambda prints it."
  type        = string
}

variable "back_office_urls" {
  description = "Base URLs of the back-office APIs the Lambdas call, by setting name (CRM_API_URL, …). Their API keys are secrets, never here."
  type        = map(string)
}

variable "phone_numbers" {
  description = "Phone numbers to claim for the instance: country code (ISO 3166-1 alpha-2), type (DID or TOLL_FREE), optional prefix (+44…), and the flow that answers them."
  type = map(object({
    country_code = string
    type         = string
    prefix       = optional(string)
    flow         = string
  }))
  default = {}

  validation {
    condition     = alltrue([for number in values(var.phone_numbers) : contains(["DID", "TOLL_FREE"], number.type)])
    error_message = "A phone number's type is DID or TOLL_FREE."
  }
}

variable "log_retention_days" {
  description = "Days the functions' logs are kept."
  type        = number
  default     = 365
}

variable "deletion_protection" {
  description = "Whether the survey table refuses deletion (on everywhere but throw-away environments)."
  type        = bool
  default     = true
}

variable "alarm_email" {
  description = "Where the call-quality alarms are mailed (the address must confirm the subscription); null for nobody."
  type        = string
  default     = null
}
