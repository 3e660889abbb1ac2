"""Faults on the one-task model: the app SIGKILLed and restarted, PostgreSQL restarted under load,
two users completing the same task at once."""
import concurrent.futures
import json
import threading
import time

from ..client import complete, count, open_tasks, rest, start_instances, wait_until

FINISHED = "/engine-rest/history/process-instance/count?processDefinitionKey=benchOneTask&finished=true"


def kill_and_restart(bench, instances):
    print(f"\n== Fault: the app killed (SIGKILL) mid-lifecycle and restarted, {instances} instances")
    node = bench.node("node-kill", 21083)
    node.start()
    bench.deploy_bench_models(node)
    start_instances(node, "benchOneTask", instances)
    tasks = open_tasks(node, "benchOneTask")
    acknowledged, stop = [], threading.Event()

    def worker(chunk):
        for task in chunk:
            if stop.is_set():
                return
            status, _, _ = complete(node, task["id"])
            if status == 204:
                acknowledged.append(task["id"])

    threads = [threading.Thread(target=worker, args=(tasks[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    wait_until(lambda: len(acknowledged) >= len(tasks) // 3, timeout=120, step=0.05)
    node.kill()
    stop.set()
    for thread in threads:
        thread.join()
    print(f"  killed after {len(acknowledged)} acknowledged completions")
    print(f"  restarted in {node.start():.1f} s")
    finished = count(node, FINISHED)
    still_open = count(node, "/engine-rest/task/count?processDefinitionKey=benchOneTask")
    bench.check(finished >= len(acknowledged),
                f"every acknowledged completion survived: {finished} finished >= {len(acknowledged)} acknowledged")
    bench.check(finished + still_open == instances,
                f"no instance lost: {finished} finished + {still_open} waiting = {instances}")
    for task in open_tasks(node, "benchOneTask"):
        complete(node, task["id"])
    bench.check(count(node, FINISHED) == instances,
                "after the restart every instance continues to its end")
    node.stop()


def postgres_restart(bench, instances):
    print(f"\n== Fault: PostgreSQL restarted under load, {instances} instances")
    pg = bench.pg
    node = bench.node("node-pg", 21084)
    node.start()
    bench.deploy_bench_models(node)
    start_instances(node, "benchOneTask", instances)
    tasks = open_tasks(node, "benchOneTask")
    acknowledged, statuses, lock = [], {}, threading.Lock()

    def worker(chunk):
        for task in chunk:
            status, _, _ = complete(node, task["id"])
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 204:
                    acknowledged.append(task["id"])
            time.sleep(0.01)

    threads = [threading.Thread(target=worker, args=(tasks[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    wait_until(lambda: len(acknowledged) >= len(tasks) // 4, timeout=120, step=0.05)
    pg.stop()
    down_at = time.time()
    time.sleep(3)
    pg.start()
    print(f"  PostgreSQL down for {time.time() - down_at:.1f} s")
    for thread in threads:
        thread.join()
    print(f"  answers during the run: {dict(sorted(statuses.items()))}")
    recovered = wait_until(lambda: rest(node, "GET", "/engine-rest/task/count")[0] == 200, timeout=60)
    bench.check(recovered, "the app reconnects without a restart")
    finished = count(node, FINISHED)
    bench.check(finished >= len(acknowledged),
                f"no acknowledged step lost: {finished} finished >= {len(acknowledged)} acknowledged")
    leftovers = open_tasks(node, "benchOneTask")
    answers = [complete(node, task["id"])[0] for task in leftovers]
    bench.check(all(a == 204 for a in answers), f"the {len(leftovers)} tasks left over complete normally afterwards")
    node.stop()


def same_task_twice(bench, pairs):
    print(f"\n== Fault: two users complete the same task at once, {pairs} tasks")
    node = bench.node("node-race", 21085)
    node.start()
    bench.deploy_bench_models(node)
    start_instances(node, "benchOneTask", pairs)
    outcomes, bodies = {}, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for task in open_tasks(node, "benchOneTask"):
            barrier = threading.Barrier(2)

            def racer():
                barrier.wait()
                return complete(node, task["id"])

            results = [f.result() for f in [pool.submit(racer), pool.submit(racer)]]
            key = tuple(sorted(r[0] for r in results))
            outcomes[key] = outcomes.get(key, 0) + 1
            bodies += [r[2] for r in results if r[0] != 204]
    print(f"  outcomes (status pairs): {outcomes}")
    for body in {json.dumps(b, ensure_ascii=False) for b in bodies}:
        print(f"  the loser is told: {body}")
    bench.check(set(outcomes) == {(204, 409)}, "always one 204 and one 409")
    finished = count(node, "/engine-rest/history/activity-instance/count?activityId=Task_One&finished=true")
    bench.check(finished == pairs, f"nothing duplicated: {finished} task completions in history for {pairs} tasks")
    node.stop()
