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

variable "connect_enabled" {
  description = "Whether there is an Amazon Connect instance to deploy to: its flows, queues, IVR functions, phone numbers, contact-record stream and survey follow-up tasks. Off, the data pipeline and the call-quality monitor (in demo mode) deploy without one — and against emulators, which have no Connect."
  type        = bool
  default     = true
}

variable "instance_id" {
  description = "The Amazon Connect instance's id (the last part of its ARN); needed when connect_enabled."
  type        = string
  default     = null

  validation {
    condition     = !var.connect_enabled || try(length(var.instance_id) > 0, false)
    error_message = "instance_id is needed when connect_enabled is true (set connect_enabled = false to deploy the pipeline and monitor without an instance)."
  }
}

variable "monitor_mode" {
  description = "Where the metrics ingestor gets its numbers: live (the instance's GetMetricDataV2 and GetCurrentMetricData; needs connect_enabled) or demo (a realistic synthetic day, for trying the monitor without an instance)."
  type        = string
  default     = "live"

  validation {
    condition     = contains(["demo", "live"], var.monitor_mode) && (var.monitor_mode == "demo" || var.connect_enabled)
    error_message = "monitor_mode is demo or live, and live needs connect_enabled = true."
  }
}

variable "metrics_schedule" {
  description = "How often the metrics ingestor runs (an EventBridge schedule expression); match flowc.yaml's monitoring.period."
  type        = string
  default     = "rate(5 minutes)"
}

variable "contact_data_retention_days" {
  description = "Days a contact's event timeline and session are kept (DynamoDB TTL)."
  type        = number
  default     = 90

  validation {
    condition     = var.contact_data_retention_days >= 1 && var.contact_data_retention_days <= 3650 && floor(var.contact_data_retention_days) == var.contact_data_retention_days
    error_message = "contact_data_retention_days is a whole number from 1 to 3650."
  }
}

variable "default_country_code" {
  description = "The country calling code the cleanser assumes for national numbers in contact records (44 for the UK)."
  type        = string
  default     = "44"

  validation {
    condition     = can(regex("^[1-9][0-9]{0,2}$", var.default_country_code))
    error_message = "default_country_code is one to three digits, without + (44, 1, 353)."
  }
}

variable "reporting_store_enabled" {
  description = "Whether to deploy the relational reporting store: RDS PostgreSQL in a VPC of its own, and the summary writer that fills it. Off for emulators, which do not run RDS."
  type        = bool
  default     = true
}

variable "reporting_instance_class" {
  description = "The reporting database's instance class."
  type        = string
  default     = "db.t4g.micro"
}

variable "reporting_multi_az" {
  description = "Whether the reporting database has a standby in a second availability zone."
  type        = bool
  default     = true
}

variable "reporting_availability_zones" {
  description = "The two zones (names, eu-west-2a…) of the reporting store's subnets; empty for the region's zones lettered a to d."
  type        = list(string)
  default     = []
}

variable "reporting_vpc_cidr" {
  description = "The reporting VPC's address range; its two private subnets are its first two /20s (for a /16)."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrsubnet(var.reporting_vpc_cidr, 4, 1))
    error_message = "reporting_vpc_cidr is an IPv4 range (CIDR) with room for two subnets four bits longer."
  }
}

variable "aws_endpoint_url" {
  description = "For emulators only (moto, LocalStack): the one endpoint every AWS service is called at, with the credential and account checks they cannot answer turned off. null for AWS."
  type        = string
  default     = null
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
  description = "Base URLs of the back-office APIs the Lambdas call, by setting name (CRM_API_URL, …). Their API keys are secrets, never here. The generated module names any missing when connect_enabled."
  type        = map(string)
  default     = {}
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
  description = "Whether the tables refuse deletion (on everywhere but throw-away environments)."
  type        = bool
  default     = true
}

variable "alarm_email" {
  description = "Where the call-quality alarms are mailed (the address must confirm the subscription); null for nobody."
  type        = string
  default     = null
}
