"""Two nodes on one PostgreSQL; node A SIGKILLed while timers are due."""
import time

from ..client import complete, count, open_tasks, rest, start_instances, wait_until


def cluster(bench, instances):
    print(f"\n== Cluster: two nodes on one PostgreSQL, {instances} instances with timers, node A killed mid-run")
    lock = {"CAMUNDA_BPM_JOB_EXECUTION_LOCK_TIME_IN_MILLIS": "20000"}
    a, b = bench.node("node-a", 21081, lock), bench.node("node-b", 21082, lock)
    print(f"  node A started in {a.start():.1f} s (creates the schema)")
    print(f"  node B started in {b.start():.1f} s")
    bench.deploy_bench_models(a)
    # Timers spread over 5..45 s so some fire on each node before the kill and some after.
    ids = start_instances(a, "benchTimer", instances // 2, {"wait": lambda i: f"PT{5 + (i * 7) % 40}S"})
    ids += start_instances(b, "benchTimer", instances - instances // 2, {"wait": lambda i: f"PT{5 + (i * 11) % 40}S"})
    served = {"node-a": 0, "node-b": 0}
    for index, task in enumerate(open_tasks(a, "benchTimer")):
        node = a if index % 2 == 0 else b
        status, _, _ = complete(node, task["id"])
        if status == 204:
            served[node.name] += 1
    bench.check(served["node-a"] > 0 and served["node-b"] > 0 and sum(served.values()) == instances,
                f"both nodes serve tasks: A completed {served['node-a']}, B {served['node-b']} of {instances}")
    time.sleep(20)
    fired_before_kill = count(b, "/engine-rest/history/activity-instance/count?activityId=Task_AfterTimer"
                                 "&finished=true")
    a.kill()
    killed_at = time.time()
    print(f"  node A killed (SIGKILL) with {fired_before_kill} of {instances} timers fired")
    done = wait_until(lambda: count(b, "/engine-rest/history/process-instance/count?processDefinitionKey=benchTimer"
                                       "&finished=true") == instances, timeout=180)
    took = time.time() - killed_at
    fired = count(b, "/engine-rest/history/activity-instance/count?activityId=Task_AfterTimer")
    status, history = rest(b, "GET", "/engine-rest/history/activity-instance?activityId=Task_AfterTimer"
                                     "&maxResults=100000")
    distinct = len({h["processInstanceId"] for h in history}) if status == 200 else -1
    bench.check(done, f"node B finished every instance ({took:.0f} s after the kill, lock time 20 s)")
    bench.check(fired == instances and distinct == instances,
                f"every timer fired exactly once: {fired} firings for {distinct} of {instances} instances")
    bench.check(count(b, "/engine-rest/incident/count") == 0, "no incidents")
    bench.check(count(b, "/engine-rest/job/count?processDefinitionKey=benchTimer") == 0, "no job left behind")
    b.stop()
