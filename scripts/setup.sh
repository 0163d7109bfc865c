#!/usr/bin/env bash
# Deploys the call centre's data pipeline and call-quality monitor (and, in live mode, the flows and
# everything they use) with Terraform from flows-src/deploy:
#
#     scripts/setup.sh demo [options]                         no Connect instance: synthetic metrics
#     scripts/setup.sh live --var-file environments/prod.tfvars [options]
#
# Options:
#     --env NAME            the environment's name (default: demo in demo mode, else the var file's)
#     --region REGION       the AWS region (default: $AWS_REGION, else eu-west-2)
#     --alert-email ADDR    where the monitor's alarms are mailed (the address confirms the subscription)
#     --var-file FILE       a tfvars file, relative to flows-src/deploy (live mode needs one)
#     --package ZIP         an already packaged Lambda zip (default: built by scripts/package-lambda)
#     --endpoint URL        an AWS emulator (moto) answering every service, for tests
#     --plugin-dir DIR      a local provider mirror, for machines without the registry
#     --backend-config F    the state backend's settings (backends/prod.s3.tfbackend), once the
#                           backend "s3" block in versions.tf is uncommented; else state is local
#     --without-reporting-store
#                           no RDS database, VPC or summary writer (emulators run no RDS; an
#                           instance takes minutes to create and costs by the hour)
#     --yes                 apply without asking
#
# Builds and packages the Lambdas, then `terraform init` and `apply` in a Terraform workspace named
# after the environment. What it applied with is kept in .build/deploy/ENV.* (the variables, the
# var file, the Terraform options), which scripts/cleanup.sh reads to tear the same environment down.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
fail() { echo "setup.sh: $*" >&2; exit 1; }

mode="${1:-}"
[ "$mode" = demo ] || [ "$mode" = live ] || usage
shift
env_name="" region="${AWS_REGION:-eu-west-2}" alert_email="" var_file="" package="" endpoint="" plugin_dir="" backend_config="" reporting=true approve=""
while [ $# -gt 0 ]; do
  case "$1" in
    --env) env_name="${2:?--env needs a name}"; shift 2 ;;
    --region) region="${2:?--region needs a region}"; shift 2 ;;
    --alert-email) alert_email="${2:?--alert-email needs an address}"; shift 2 ;;
    --var-file) var_file="${2:?--var-file needs a file}"; shift 2 ;;
    --package) package="${2:?--package needs a zip}"; shift 2 ;;
    --endpoint) endpoint="${2:?--endpoint needs a URL}"; shift 2 ;;
    --plugin-dir) plugin_dir="${2:?--plugin-dir needs a folder}"; shift 2 ;;
    --backend-config) backend_config="${2:?--backend-config needs a file}"; shift 2 ;;
    --without-reporting-store) reporting=false; shift ;;
    --yes) approve="-auto-approve"; shift ;;
    *) echo "setup.sh: unknown option $1" >&2; usage ;;
  esac
done
command -v terraform >/dev/null || fail "terraform is not on the PATH (https://developer.hashicorp.com/terraform/install)"
[[ "$region" =~ ^[a-z]{2}(-[a-z]+)+-[0-9]$ ]] || fail "'$region' is not an AWS region (eu-west-2, us-east-1, …)"
[ -z "$alert_email" ] || [[ "$alert_email" =~ ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$ ]] || fail "'$alert_email' is not an e-mail address"
if [ "$mode" = live ]; then
  [ -n "$var_file" ] || fail "live mode needs --var-file (the environment's instance, back-office URLs, phone numbers: flows-src/deploy/environments/)"
  [ -n "$env_name" ] || env_name=$(sed -n 's/^environment *= *"\(.*\)"/\1/p' "flows-src/deploy/$var_file")
fi
[ -z "$var_file" ] || [ -f "flows-src/deploy/$var_file" ] || fail "no var file flows-src/deploy/$var_file"
env_name="${env_name:-demo}"
[[ "$env_name" =~ ^[a-z][a-z0-9-]{1,20}$ ]] || fail "'$env_name' is not an environment name (2–21 lower-case letters, digits, hyphens)"

if [ -z "$package" ]; then
  echo "==> packaging the Lambdas (scripts/package-lambda)"
  package=$(scripts/package-lambda call-centre-lambdas | cut -d' ' -f1)
fi
[ -f "$package" ] || fail "no Lambda package at $package"
package=$(cd "$(dirname "$package")" && pwd)/$(basename "$package")
package_hash=$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha256(open(sys.argv[1], "rb").read()).digest()).decode())' "$package")

mkdir -p .build/deploy
settings=".build/deploy/$env_name.tfvars.json"
python3 - "$settings" "$region" "$env_name" "$package" "$package_hash" "$mode" "$alert_email" "$endpoint" "$reporting" <<'PY'
import json, sys
path, region, environment, package, package_hash, mode, alert_email, endpoint, reporting = sys.argv[1:]
settings = {"region": region, "environment": environment, "lambda_package": package, "lambda_package_hash": package_hash,
            "monitor_mode": mode, "connect_enabled": mode == "live", "reporting_store_enabled": reporting == "true"}
if mode == "demo":
    settings.update(deletion_protection=False, log_retention_days=7)
if alert_email:
    settings["alarm_email"] = alert_email
if endpoint:
    settings["aws_endpoint_url"] = endpoint
json.dump(settings, open(path, "w"), indent=2)
PY
printf 'var_file=%q\nplugin_dir=%q\nbackend_config=%q\n' "$var_file" "$plugin_dir" "$backend_config" > ".build/deploy/$env_name.options"

cd flows-src/deploy
export TF_IN_AUTOMATION=1
echo "==> terraform init"
terraform init -input=false ${backend_config:+-backend-config="$backend_config"} ${plugin_dir:+-plugin-dir="$plugin_dir"} >/dev/null
terraform workspace select -or-create "$env_name" >/dev/null
echo "==> terraform apply ($mode mode, environment $env_name, $region${endpoint:+, at $endpoint})"
terraform apply -input=false $approve ${var_file:+-var-file="$var_file"} -var-file="$repo/$settings"
echo "==> deployed. Dashboard: $(terraform output -raw monitoring_dashboard); tear down with scripts/cleanup.sh $env_name"
if [ "$mode" = demo ]; then
  echo "    Give the anomaly models two weeks of history once:"
  echo "    aws lambda invoke --region $region --function-name $(terraform output -raw metrics_ingestor) --cli-binary-format raw-in-base64-out --payload '{\"detail\": {\"backfillDays\": 14}}' /dev/stdout"
fi
