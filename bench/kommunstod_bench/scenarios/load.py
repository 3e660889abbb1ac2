"""Load: many concurrent users completing one-task instances over REST."""
import random
import statistics
import threading
import time

from ..checks import p95
from ..client import complete, open_tasks, start_instances


def load(bench, users, seconds):
    print(f"\n== Load: {users} concurrent users completing tasks over REST for {seconds} s")
    node = bench.node("node-load", 21086)
    node.start()
    bench.deploy_bench_models(node)
    start_instances(node, "benchOneTask", users * 40)
    tasks = open_tasks(node, "benchOneTask", max_results=100000)
    random.shuffle(tasks)
    queue, lock = list(tasks), threading.Lock()
    statuses, latencies = {}, []
    deadline = time.time() + seconds

    def user():
        while time.time() < deadline:
            with lock:
                if not queue:
                    return
                task = queue.pop()
            status, latency, _ = complete(node, task["id"])
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                latencies.append(latency)

    started = time.time()
    threads = [threading.Thread(target=user) for _ in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.time() - started
    server_errors = sum(n for s, n in statuses.items() if s >= 500 or s == 0)
    print(f"  {len(latencies)} completions in {elapsed:.1f} s = {len(latencies) / elapsed:.1f}/s, "
          f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95(latencies) * 1000:.0f} ms, answers {statuses}")
    bench.check(server_errors == 0, f"no 5xx or dropped connection under load ({server_errors})")
    node.stop()
