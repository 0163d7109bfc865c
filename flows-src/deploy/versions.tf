# The call centre's root module: the module flowc generates from ../flowc.yaml and the flows
# (../../generated/terraform), plus what it uses and does not own — the key that encrypts logs,
# Lambda settings, the survey table, queue and secrets; the survey store; the phone numbers.
# Deploying it, step by step: ../../README.md, "Deploying the call centre".

terraform {
  required_version = ">= 1.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100, < 6.0"
    }
  }

  # State: one S3 object per environment, with a DynamoDB table as the lock. Create the bucket
  # (versioned, encrypted) and the table (partition key LockID, a string) once per account, then
  # uncomment this block and initialise with the environment's settings:
  #   terraform init -backend-config=backends/prod.s3.tfbackend
  # (Terraform 1.10+ can lock with the S3 object itself instead: use_lockfile = true.)
  #
  # backend "s3" {}
}

provider "aws" {
  region = var.region

  # An emulator (setup.sh --endpoint, CI's moto) answers every service at one address, path-style
  # for S3; its fake credentials are not checked, and there is no instance metadata to ask.
  skip_credentials_validation = var.aws_endpoint_url != null
  skip_metadata_api_check     = var.aws_endpoint_url != null
  s3_use_path_style           = var.aws_endpoint_url != null

  dynamic "endpoints" {
    for_each = var.aws_endpoint_url == null ? [] : [var.aws_endpoint_url]
    content {
      athena         = endpoints.value
      cloudwatch     = endpoints.value
      connect        = endpoints.value
      dynamodb       = endpoints.value
      ec2            = endpoints.value
      events         = endpoints.value
      firehose       = endpoints.value
      glue           = endpoints.value
      iam            = endpoints.value
      kinesis        = endpoints.value
      kms            = endpoints.value
      lambda         = endpoints.value
      rds            = endpoints.value
      logs           = endpoints.value
      s3             = endpoints.value
      scheduler      = endpoints.value
      secretsmanager = endpoints.value
      sns            = endpoints.value
      sqs            = endpoints.value
      sts            = endpoints.value
    }
  }

  default_tags {
    tags = {
      Application = "acme-contact-centre"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

data "aws_connect_instance" "this" {
  count       = var.connect_enabled ? 1 : 0
  instance_id = var.instance_id
}
