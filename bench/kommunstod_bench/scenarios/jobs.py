"""Jobs: timers due at once and an async step each, on one or more nodes, under job-executor settings."""
import time

from ..client import count, start_instances, wait_until

JOB_SETTINGS = {
    # Camunda's Spring Boot defaults, set explicitly because application.yaml overrides them.
    "camunda-default": {"CAMUNDA_BPM_JOB_EXECUTION_CORE_POOL_SIZE": "3",
                        "CAMUNDA_BPM_JOB_EXECUTION_MAX_POOL_SIZE": "10",
                        "CAMUNDA_BPM_JOB_EXECUTION_QUEUE_CAPACITY": "3",
                        "CAMUNDA_BPM_JOB_EXECUTION_MAX_JOBS_PER_ACQUISITION": "3",
                        "CAMUNDA_BPM_JOB_EXECUTION_LOCK_TIME_IN_MILLIS": "300000",
                        "CAMUNDA_BPM_JOB_EXECUTION_BACKOFF_TIME_IN_MILLIS": "0",
                        "CAMUNDA_BPM_JOB_EXECUTION_MAX_BACKOFF": "0"},
    # Kommunstöd's own settings for 2 cores, as in application.yaml.
    "kommunstod": {},
}


def jobs(bench, instances, settings_name, nodes):
    print(f"\n== Jobs: {instances} timers due at once, then an async step each; settings {settings_name}, "
          f"{nodes} node(s)")
    settings = JOB_SETTINGS[settings_name]
    running = [bench.node(f"node-jobs-{i}", 21090 + i, settings) for i in range(nodes)]
    for node in running:
        node.start()
    bench.deploy_bench_models(running[0])
    due_at = time.time() + 30 + instances * 0.05
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(due_at))
    start_instances(running[0], "benchJobs", instances, {"dueAt": stamp})
    wait_until(lambda: time.time() >= due_at, timeout=3600, step=0.2)
    finished = "/engine-rest/history/process-instance/count?processDefinitionKey=benchJobs&finished=true"
    done = wait_until(lambda: count(running[0], finished) == instances, timeout=600, step=0.2)
    took = time.time() - due_at
    jobs_done = 2 * instances
    print(f"  {jobs_done} jobs in {took:.1f} s = {jobs_done / took:.1f} jobs/s")
    bench.check(done, f"all {instances} instances finished")
    bench.check(count(running[0], "/engine-rest/incident/count") == 0, "no incidents")
    for node in running:
        node.stop()
