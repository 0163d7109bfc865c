#!/usr/bin/env python3
"""The data pipeline and the call-quality monitor, deployed and exercised against moto.

    .build/ci-venv/bin/python scripts/prove-on-moto.py --plugin-dir DIR [--package ZIP]
        [--bootstrap BINARY] [--lambda-bench BINARY]

Needs boto3 and moto_server (the CI venv), Terraform, the AWS CLI (for cleanup.sh) and the release
products (scripts/package-lambda call-centre-lambdas; scripts/release-build lambda-bench).

1. moto_server on a free loopback port; scripts/setup.sh demo applies flows-src/deploy to it
   (connect_enabled = false: moto has no Connect; --without-reporting-store: it runs no RDS —
   the reporting store is covered by flows-src/deploy's terraform test and its writer by the
   Swift tests against a real PostgreSQL).
2. The packaged binary's metrics-ingestor runs once under a local Runtime API (lambda-bench
   --invoke) with the environment Terraform gave the function, read back from moto's Lambda, and
   AWS_ENDPOINT_URL at moto; its metrics are read back from moto's CloudWatch: every queue
   flows-src declares, every KPI.
3. A contact event put on the default bus reaches the contact-event queue through the rule (and
   an event from another source does not); the packaged contact-event-consumer records it from
   that queue's message into moto's call-log and session tables.
4. scripts/cleanup.sh destroys everything; the state is empty and moto holds nothing of the
   environment's.
"""
import argparse, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request
import boto3

ENV = "moto-proof"
REGION = "eu-west-2"
QUEUES = ["accounts", "billing", "business", "business-faults", "general", "retention", "sales", "tech-support", "vip"]
KPIS = ["AverageHandleTime", "AverageQueueAnswerTime", "AbandonmentRate", "ContactsInQueue", "OldestContactAge"]


def step(text):
    print(f"--- {text}", flush=True)


def fail(text):
    sys.exit(f"prove-on-moto: {text}")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_moto(python_bin):
    port = free_port()
    log = open(os.path.join(tempfile.gettempdir(), f"moto-{port}.log"), "w")
    server = subprocess.Popen([os.path.join(os.path.dirname(python_bin), "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)
            return server, endpoint
        except OSError:
            time.sleep(0.1)
    server.kill()
    fail("moto_server did not start")


def run(command, env, quiet=False):
    result = subprocess.run(command, env=env, text=True, capture_output=quiet)
    if result.returncode != 0:
        if quiet:
            sys.stderr.write(result.stdout[-6000:] + result.stderr[-6000:])
        fail(f"{' '.join(command)} exited {result.returncode}")
    return result


def invoke(bench, bootstrap, handler, event, function_env, endpoint, env):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(event, file)
    process_env = {**{k: v for k, v in env.items() if k.startswith(("AWS_", "PATH", "HOME"))}, **function_env,
                   "AWS_ENDPOINT_URL": endpoint, "AWS_LAMBDA_FUNCTION_NAME": f"{ENV}-{handler}"}
    result = run([bench, "--invoke", bootstrap, handler, file.name], process_env, quiet=True)
    os.unlink(file.name)
    return result.stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plugin-dir", required=True)
    parser.add_argument("--package", default=".build-release/lambda/call-centre-lambdas.zip")
    parser.add_argument("--bootstrap", default=".build-release/lambda/call-centre-lambdas/bootstrap")
    parser.add_argument("--lambda-bench", default=".build-release/release/lambda-bench")
    args = parser.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    for path in (args.package, args.bootstrap, args.lambda_bench):
        if not os.path.exists(path):
            fail(f"{path} is missing: build the release products first")

    forget_environment()
    server, endpoint = start_moto(sys.executable)
    env = {**os.environ, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": REGION,
           "AWS_DEFAULT_REGION": REGION, "TF_CLI_CONFIG_FILE": os.environ.get("TF_CLI_CONFIG_FILE", "/dev/null")}
    aws = lambda service: boto3.client(service, endpoint_url=endpoint, region_name=REGION, aws_access_key_id="testing",
                                       aws_secret_access_key="testing")
    try:
        step(f"setup.sh demo against moto at {endpoint}")
        started = time.monotonic()
        run(["scripts/setup.sh", "demo", "--env", ENV, "--region", REGION, "--endpoint", endpoint, "--package", args.package,
             "--plugin-dir", os.path.abspath(args.plugin_dir), "--alert-email", "contact-centre-ops@example.com", "--without-reporting-store",
             "--yes"], env, quiet=True)
        state = run(["terraform", "-chdir=flows-src/deploy", "state", "list"], env, quiet=True).stdout.split()
        print(f"applied {len(state)} resources in {time.monotonic() - started:.0f} s")
        prove_monitor(aws, args, endpoint, env)
        prove_contact_events(aws, args, endpoint, env)
        step("cleanup.sh: destroy everything")
        run(["scripts/cleanup.sh", ENV, "--yes"], env, quiet=True)
        prove_nothing_left(aws)
    finally:
        server.terminate()
        server.wait()
        forget_environment()
    print("moto proof passed: setup.sh demo, the ingestor's metrics read back, a contact event recorded, cleanup.sh left nothing")


def forget_environment():
    """The proof's environment lives and dies with its moto server: no state outlives it."""
    shutil.rmtree(f"flows-src/deploy/terraform.tfstate.d/{ENV}", ignore_errors=True)
    for suffix in ("tfvars.json", "options"):
        if os.path.exists(f".build/deploy/{ENV}.{suffix}"):
            os.unlink(f".build/deploy/{ENV}.{suffix}")


def function_environment(aws, handler):
    return aws("lambda").get_function_configuration(FunctionName=f"{ENV}-{handler}")["Environment"]["Variables"]


def prove_monitor(aws, args, endpoint, env):
    # A day of history (a quarter-hour at a time), so the proof sees open hours whenever it runs.
    step("metrics-ingestor (demo mode, one day backfilled), as deployed, under a local Runtime API")
    settings = function_environment(aws, "metrics-ingestor")
    if settings.get("MODE") != "demo" or settings.get("QUEUES", "").split(",") != QUEUES:
        fail(f"the ingestor was deployed with {settings}")
    event = {"version": "0", "id": "scheduled-1", "detail-type": "Scheduled Event", "source": "aws.events", "account": "123456789012",
             "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "region": REGION, "resources": [], "detail": {"backfillDays": 1}}
    print(invoke(args.lambda_bench, args.bootstrap, "metrics-ingestor", event, settings, endpoint, env)[-300:])
    cloudwatch = aws("cloudwatch")
    metrics = cloudwatch.get_paginator("list_metrics").paginate(Namespace=settings["METRIC_NAMESPACE"])
    found = set()
    for page in metrics:
        for metric in page["Metrics"]:
            dimensions = {d["Name"]: d["Value"] for d in metric["Dimensions"]}
            found.add((metric["MetricName"], dimensions.get("Queue") or dimensions.get("Flow")))
    flows = settings.get("FLOWS", "").split(",")
    if len(flows) < 10:
        fail(f"the ingestor was deployed with flows {flows}: flows-src has more")
    missing = ({(kpi, queue) for kpi in KPIS for queue in QUEUES} | {("FlowsStarted", flow) for flow in flows}) - found
    if missing:
        fail(f"metrics missing from CloudWatch: {sorted(missing)[:10]}")
    now = time.time()
    points = cloudwatch.get_metric_data(StartTime=now - 90000, EndTime=now + 60, MetricDataQueries=[{
        "Id": "aht", "MetricStat": {"Metric": {"Namespace": settings["METRIC_NAMESPACE"], "MetricName": "AverageHandleTime",
                                               "Dimensions": [{"Name": "Queue", "Value": "billing"}]}, "Period": 900, "Stat": "Average"}}])
    values = points["MetricDataResults"][0]["Values"]
    if len(values) < 40 or not all(60 <= value <= 3600 for value in values):
        fail(f"billing's average handle time read back as {values}")
    print(f"{len(found)} metrics in {settings['METRIC_NAMESPACE']} ({len(QUEUES)} queues × {len(KPIS)} KPIs, {len(flows)} flows' starts); "
          f"billing's average handle time: {len(values)} quarter-hours, {min(values):.0f}–{max(values):.0f} s")
    alarms = aws("cloudwatch").describe_alarms(AlarmNamePrefix=f"{ENV}-")["MetricAlarms"]
    print(f"{len(alarms)} alarms; dashboard {aws('cloudwatch').get_dashboard(DashboardName=f'{ENV}-call-quality')['DashboardName']}")


def prove_contact_events(aws, args, endpoint, env):
    step("a contact event on the default bus reaches the queue; the consumer records it")
    sqs = aws("sqs")
    queue_url = sqs.get_queue_url(QueueName=f"{ENV}-contact-events")["QueueUrl"]
    detail = {"eventType": "QUEUED", "contactId": "moto-contact-1", "channel": "VOICE", "initiationMethod": "INBOUND",
              "instanceArn": "arn:aws:connect:eu-west-2:123456789012:instance/11111111-2222-3333-4444-555555555555",
              "queueInfo": {"queueArn": "arn:aws:connect:eu-west-2:123456789012:instance/i/queue/billing", "queueType": "STANDARD"}}
    events = aws("events")
    events.put_events(Entries=[
        {"Source": "aws.connect", "DetailType": "Amazon Connect Contact Event", "Detail": json.dumps(detail)},
        {"Source": "acme.elsewhere", "DetailType": "Amazon Connect Contact Event", "Detail": json.dumps(detail)},
    ])
    messages = []
    for _ in range(20):
        messages += sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
        if messages:
            break
    if len(messages) != 1 or json.loads(messages[0]["Body"])["source"] != "aws.connect":
        fail(f"expected the one aws.connect event in the queue, got {[m['Body'][:120] for m in messages]}")
    arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    batch = {"Records": [{"messageId": m["MessageId"], "receiptHandle": m["ReceiptHandle"], "body": m["Body"], "attributes": {},
                          "messageAttributes": {}, "md5OfBody": m["MD5OfBody"], "eventSource": "aws:sqs", "eventSourceARN": arn,
                          "awsRegion": REGION} for m in messages]}
    answer = invoke(args.lambda_bench, args.bootstrap, "contact-event-consumer", batch, function_environment(aws, "contact-event-consumer"),
                    endpoint, env)
    if '"batchItemFailures":[]' not in answer.replace(" ", ""):
        fail(f"the consumer failed the message: {answer}")
    dynamodb = aws("dynamodb")
    timeline = dynamodb.query(TableName=f"{ENV}-call-log", KeyConditionExpression="contactId = :c",
                              ExpressionAttributeValues={":c": {"S": "moto-contact-1"}})["Items"]
    session = dynamodb.get_item(TableName=f"{ENV}-sessions", Key={"contactId": {"S": "moto-contact-1"}}).get("Item", {})
    if len(timeline) != 1 or session.get("state", {}).get("S") != "QUEUED" or "expiresAt" not in session:
        fail(f"the contact was not recorded: timeline {timeline}, session {session}")
    print(f"event {json.loads(messages[0]['Body'])['id']} → queue → consumer → call log (1 entry) and session (QUEUED, expires {session['expiresAt']['N']})")


def prove_nothing_left(aws):
    left = {
        "buckets": [b["Name"] for b in aws("s3").list_buckets()["Buckets"] if b["Name"].startswith(ENV)],
        "tables": [t for t in aws("dynamodb").list_tables()["TableNames"] if t.startswith(ENV)],
        "queues": [q for q in aws("sqs").list_queues().get("QueueUrls", []) if f"/{ENV}-" in q],
        "functions": [f["FunctionName"] for f in aws("lambda").list_functions()["Functions"] if f["FunctionName"].startswith(ENV)],
        "alarms": [a["AlarmName"] for a in aws("cloudwatch").describe_alarms(AlarmNamePrefix=ENV)["MetricAlarms"]],
        "streams": [s for s in aws("firehose").list_delivery_streams()["DeliveryStreamNames"] if s.startswith(ENV)],
    }
    if any(left.values()):
        fail(f"left behind after cleanup: {left}")
    print("nothing of the environment left in moto: buckets, tables, queues, functions, alarms, delivery streams")


if __name__ == "__main__":
    main()
