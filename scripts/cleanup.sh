#!/usr/bin/env bash
# Tears down an environment scripts/setup.sh deployed, leaving nothing behind:
#
#     scripts/cleanup.sh ENV [--yes]
#
# Empties every bucket the environment owns first (each object version and delete marker: a
# versioned bucket cannot be deleted otherwise), with the AWS CLI, then `terraform destroy` with
# the settings setup.sh applied (.build/deploy/ENV.*), and checks that the state is empty. Tables
# with deletion protection (prod) refuse: turn it off in the environment's tfvars and apply first.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
fail() { echo "cleanup.sh: $*" >&2; exit 1; }

env_name="${1:-}"
[ -n "$env_name" ] && [ "${env_name#-}" = "$env_name" ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
approve=""
[ "${2:-}" = "--yes" ] && approve="-auto-approve"
settings=".build/deploy/$env_name.tfvars.json"
[ -f "$settings" ] && [ -f ".build/deploy/$env_name.options" ] || fail "no record of deploying '$env_name' here (.build/deploy/$env_name.*): deploy with scripts/setup.sh first"
var_file="" plugin_dir="" backend_config=""
# shellcheck source=/dev/null
source ".build/deploy/$env_name.options"
setting() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get(sys.argv[2]) or "")' "$settings" "$1"; }
region=$(setting region)
endpoint=$(setting aws_endpoint_url)

cd flows-src/deploy
export TF_IN_AUTOMATION=1
terraform init -input=false ${backend_config:+-backend-config="$backend_config"} ${plugin_dir:+-plugin-dir="$plugin_dir"} >/dev/null
terraform workspace select "$env_name" >/dev/null || fail "no Terraform workspace '$env_name'"

buckets=$(terraform output -json buckets 2>/dev/null | python3 -c 'import json, sys; print("\n".join(json.load(sys.stdin)))' || true)
if [ -n "$buckets" ]; then
  command -v aws >/dev/null || fail "the AWS CLI is needed to empty the buckets ($buckets)"
  aws_cli() { aws --region "$region" ${endpoint:+--endpoint-url "$endpoint"} "$@"; }
  batch=$(mktemp)
  trap 'rm -f "$batch"' EXIT
  for bucket in $buckets; do
    aws_cli s3api head-bucket --bucket "$bucket" >/dev/null 2>&1 || continue
    echo "==> emptying s3://$bucket"
    while :; do
      # Up to 1,000 versions and delete markers at a time: DeleteObjects' limit.
      aws_cli s3api list-object-versions --bucket "$bucket" --max-items 1000 --output json \
        --query '{Objects: [Versions, DeleteMarkers][][].{Key: Key, VersionId: VersionId}, Quiet: `true`}' > "$batch"
      python3 -c 'import json, sys; sys.exit(0 if json.load(open(sys.argv[1]))["Objects"] else 1)' "$batch" || break
      aws_cli s3api delete-objects --bucket "$bucket" --delete "file://$batch" >/dev/null
    done
  done
fi

echo "==> terraform destroy (environment $env_name)"
terraform destroy -input=false $approve ${var_file:+-var-file="$var_file"} -var-file="$repo/$settings"
left=$(terraform state list)
[ -z "$left" ] || fail "the state still holds: $left"
terraform workspace select default >/dev/null
terraform workspace delete "$env_name" >/dev/null
rm -f "$repo/$settings" "$repo/.build/deploy/$env_name.options"
echo "==> $env_name is gone: nothing left in its state"
