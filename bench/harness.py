#!/usr/bin/env python3
"""Kommunstöd under faults, load and a two-node cluster, on one real PostgreSQL 17.

Run through bench/run.sh, which builds the jar and the classpath of the PostgreSQL launcher.
Every scenario starts from an empty database, drives the real application over its engine REST
API on 127.0.0.1 and checks what the engine's history says afterwards. Prints figures; exits 1
when a check fails.
"""
import argparse
import base64
import concurrent.futures
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADMIN = ("benchadmin", "bench-admin-password")
PG_PORT = int(os.environ.get("KOMMUNSTOD_BENCH_PG_PORT", "55432"))  # --pg-port
PORT_OFFSET = 0  # --port-offset: added to every app port (21081..21091 by default)
NODES = []  # every node this run started, and only those are killed at the end
FAILURES = []


def check(condition, what):
    print(("  ok    " if condition else "  FAIL  ") + what, flush=True)
    if not condition:
        FAILURES.append(what)


def p95(values):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


class Postgres:
    """The tests' PostgreSQL 17 (zonky) as a separate process, so it can be stopped and restarted."""

    def __init__(self, workdir):
        self.data = os.path.join(workdir, "pgdata")
        self.log = open(os.path.join(workdir, "postgres.log"), "a")
        self.process = None

    def start(self):
        classpath = "target/test-classes:" + open(os.path.join(ROOT, "target/bench.classpath")).read().strip()
        self.process = subprocess.Popen(
            ["java", "-cp", classpath, "se.kommunstod.bench.StandalonePostgres", str(PG_PORT), self.data],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=self.log, text=True)
        for line in self.process.stdout:
            if "PostgreSQL ready" in line:
                threading.Thread(target=self._drain, daemon=True).start()
                return
        raise RuntimeError("PostgreSQL did not start, see postgres.log")

    def _drain(self):
        for _ in self.process.stdout:
            pass

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)

    def wipe(self):
        self.stop()
        shutil.rmtree(self.data, ignore_errors=True)


class Node:
    """One application node (java -jar) on the shared PostgreSQL."""

    def __init__(self, name, port, workdir, extra_env=None):
        port += PORT_OFFSET
        self.name, self.port, self.workdir = name, port, workdir
        self.extra_env = extra_env or {}
        self.process = None
        self.base = f"http://127.0.0.1:{port}"

    def start(self, timeout=180):
        jar = next(os.path.join(ROOT, "target", f) for f in os.listdir(os.path.join(ROOT, "target"))
                   if f.startswith("kommunstod-") and f.endswith(".jar"))
        env = dict(os.environ,
                   PORT=str(self.port),
                   KOMMUNSTOD_DB_URL=f"jdbc:postgresql://127.0.0.1:{PG_PORT}/postgres",
                   KOMMUNSTOD_DB_USER="postgres", KOMMUNSTOD_DB_PASSWORD="postgres",
                   KOMMUNSTOD_ADMIN_USER=ADMIN[0], KOMMUNSTOD_ADMIN_PASSWORD=ADMIN[1],
                   SERVER_ADDRESS="127.0.0.1", **self.extra_env)
        log = open(os.path.join(self.workdir, f"{self.name}.log"), "a")
        self.process = subprocess.Popen(["java", "-Xmx512m", "-jar", jar], cwd=self.workdir, env=env,
                                        stdout=log, stderr=subprocess.STDOUT)
        NODES.append(self)
        started = time.time()
        while time.time() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited, see {self.name}.log")
            try:
                if rest(self, "GET", "/engine-rest/version")[0] == 200:
                    return time.time() - started
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{self.name} did not start within {timeout} s")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()


AUTH = "Basic " + base64.b64encode(f"{ADMIN[0]}:{ADMIN[1]}".encode()).decode()


def rest(node, method, path, body=None, content_type="application/json", timeout=30):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(node.base + path, data=data, method=method,
                                     headers={"Authorization": AUTH, "Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw)
        except ValueError:
            return error.code, raw.decode(errors="replace")


def deploy_bench_models(node):
    boundary = uuid.uuid4().hex
    model = open(os.path.join(ROOT, "bench/models/bench-timer.bpmn"), "rb").read()
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n".encode(),
             f"--{boundary}\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n".encode(),
             f"--{boundary}\r\nContent-Disposition: form-data; name=\"bench-timer.bpmn\"; filename=\"bench-timer.bpmn\"\r\n"
             f"Content-Type: application/xml\r\n\r\n".encode() + model + b"\r\n",
             f"--{boundary}--\r\n".encode()]
    status, answer = rest(node, "POST", "/engine-rest/deployment/create", b"".join(parts),
                          content_type=f"multipart/form-data; boundary={boundary}")
    if status != 200:
        raise RuntimeError(f"deployment failed: {status} {answer}")


def start_instances(node, key, count, variables=None):
    ids = []
    for i in range(count):
        vars_json = {k: {"value": v(i) if callable(v) else v} for k, v in (variables or {}).items()}
        status, answer = rest(node, "POST", f"/engine-rest/process-definition/key/{key}/start",
                              {"variables": vars_json})
        if status != 200:
            raise RuntimeError(f"start failed: {status} {answer}")
        ids.append(answer["id"])
    return ids


def open_tasks(node, key, max_results=5000):
    status, tasks = rest(node, "GET", f"/engine-rest/task?processDefinitionKey={key}&maxResults={max_results}")
    return tasks if status == 200 else []


def count(node, path):
    status, answer = rest(node, "GET", path)
    if status != 200:
        raise RuntimeError(f"{path}: {status} {answer}")
    return answer["count"]


def complete(node, task_id):
    started = time.perf_counter()
    try:
        status, answer = rest(node, "POST", f"/engine-rest/task/{task_id}/complete", {})
    except OSError as error:
        status, answer = 0, str(error)
    return status, time.perf_counter() - started, answer


def wait_until(predicate, timeout, step=1.0):
    started = time.time()
    while time.time() - started < timeout:
        if predicate():
            return True
        time.sleep(step)
    return False


# --- scenarios -------------------------------------------------------------------------------

def scenario_cluster(workdir, pg, instances):
    print(f"\n== Cluster: two nodes on one PostgreSQL, {instances} instances with timers, node A killed mid-run")
    lock = {"CAMUNDA_BPM_JOB_EXECUTION_LOCK_TIME_IN_MILLIS": "20000"}
    a, b = Node("node-a", 21081, workdir, lock), Node("node-b", 21082, workdir, lock)
    print(f"  node A started in {a.start():.1f} s (creates the schema)")
    print(f"  node B started in {b.start():.1f} s")
    deploy_bench_models(a)
    # Timers spread over 5..45 s so some fire on each node before the kill and some after.
    ids = start_instances(a, "benchTimer", instances // 2, {"wait": lambda i: f"PT{5 + (i * 7) % 40}S"})
    ids += start_instances(b, "benchTimer", instances - instances // 2, {"wait": lambda i: f"PT{5 + (i * 11) % 40}S"})
    served = {"node-a": 0, "node-b": 0}
    for index, task in enumerate(open_tasks(a, "benchTimer")):
        node = a if index % 2 == 0 else b
        status, _, _ = complete(node, task["id"])
        if status == 204:
            served[node.name] += 1
    check(served["node-a"] > 0 and served["node-b"] > 0 and sum(served.values()) == instances,
          f"both nodes serve tasks: A completed {served['node-a']}, B {served['node-b']} of {instances}")
    time.sleep(20)
    fired_before_kill = count(b, "/engine-rest/history/activity-instance/count?activityId=Task_AfterTimer&finished=true")
    a.kill()
    killed_at = time.time()
    print(f"  node A killed (SIGKILL) with {fired_before_kill} of {instances} timers fired")
    done = wait_until(lambda: count(b, "/engine-rest/history/process-instance/count?processDefinitionKey=benchTimer&finished=true")
                      == instances, timeout=180)
    took = time.time() - killed_at
    fired = count(b, "/engine-rest/history/activity-instance/count?activityId=Task_AfterTimer")
    status, history = rest(b, "GET", "/engine-rest/history/activity-instance?activityId=Task_AfterTimer&maxResults=100000")
    distinct = len({h["processInstanceId"] for h in history}) if status == 200 else -1
    check(done, f"node B finished every instance ({took:.0f} s after the kill, lock time 20 s)")
    check(fired == instances and distinct == instances,
          f"every timer fired exactly once: {fired} firings for {distinct} of {instances} instances")
    check(count(b, "/engine-rest/incident/count") == 0, "no incidents")
    check(count(b, "/engine-rest/job/count?processDefinitionKey=benchTimer") == 0, "no job left behind")
    b.stop()


def scenario_kill_and_restart(workdir, pg, instances):
    print(f"\n== Fault: the app killed (SIGKILL) mid-lifecycle and restarted, {instances} instances")
    node = Node("node-kill", 21083, workdir)
    node.start()
    deploy_bench_models(node)
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
    finished = count(node, "/engine-rest/history/process-instance/count?processDefinitionKey=benchOneTask&finished=true")
    still_open = count(node, "/engine-rest/task/count?processDefinitionKey=benchOneTask")
    check(finished >= len(acknowledged), f"every acknowledged completion survived: {finished} finished >= {len(acknowledged)} acknowledged")
    check(finished + still_open == instances, f"no instance lost: {finished} finished + {still_open} waiting = {instances}")
    for task in open_tasks(node, "benchOneTask"):
        complete(node, task["id"])
    check(count(node, "/engine-rest/history/process-instance/count?processDefinitionKey=benchOneTask&finished=true") == instances,
          "after the restart every instance continues to its end")
    node.stop()


def scenario_postgres_restart(workdir, pg, instances):
    print(f"\n== Fault: PostgreSQL restarted under load, {instances} instances")
    node = Node("node-pg", 21084, workdir)
    node.start()
    deploy_bench_models(node)
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
    check(recovered, "the app reconnects without a restart")
    finished = count(node, "/engine-rest/history/process-instance/count?processDefinitionKey=benchOneTask&finished=true")
    check(finished >= len(acknowledged), f"no acknowledged step lost: {finished} finished >= {len(acknowledged)} acknowledged")
    leftovers = open_tasks(node, "benchOneTask")
    answers = [complete(node, task["id"])[0] for task in leftovers]
    check(all(a == 204 for a in answers), f"the {len(leftovers)} tasks left over complete normally afterwards")
    node.stop()


def scenario_same_task_twice(workdir, pg, pairs):
    print(f"\n== Fault: two users complete the same task at once, {pairs} tasks")
    node = Node("node-race", 21085, workdir)
    node.start()
    deploy_bench_models(node)
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
    check(set(outcomes) == {(204, 409)}, "always one 204 and one 409")
    finished = count(node, "/engine-rest/history/activity-instance/count?activityId=Task_One&finished=true")
    check(finished == pairs, f"nothing duplicated: {finished} task completions in history for {pairs} tasks")
    node.stop()


def scenario_load(workdir, pg, users, seconds):
    print(f"\n== Load: {users} concurrent users completing tasks over REST for {seconds} s")
    node = Node("node-load", 21086, workdir)
    node.start()
    deploy_bench_models(node)
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
    check(server_errors == 0, f"no 5xx or dropped connection under load ({server_errors})")
    node.stop()


JOB_SETTINGS = {
    # Camunda's Spring Boot defaults, set explicitly because application.yaml overrides them.
    "camunda-default": {"CAMUNDA_BPM_JOB_EXECUTION_CORE_POOL_SIZE": "3", "CAMUNDA_BPM_JOB_EXECUTION_MAX_POOL_SIZE": "10",
                        "CAMUNDA_BPM_JOB_EXECUTION_QUEUE_CAPACITY": "3",
                        "CAMUNDA_BPM_JOB_EXECUTION_MAX_JOBS_PER_ACQUISITION": "3",
                        "CAMUNDA_BPM_JOB_EXECUTION_LOCK_TIME_IN_MILLIS": "300000",
                        "CAMUNDA_BPM_JOB_EXECUTION_BACKOFF_TIME_IN_MILLIS": "0",
                        "CAMUNDA_BPM_JOB_EXECUTION_MAX_BACKOFF": "0"},
    # Kommunstöd's own settings for 2 cores, as in application.yaml.
    "kommunstod": {},
}


def scenario_jobs(workdir, pg, instances, settings_name, nodes):
    print(f"\n== Jobs: {instances} timers due at once, then an async step each; settings {settings_name}, {nodes} node(s)")
    settings = JOB_SETTINGS[settings_name]
    running = [Node(f"node-jobs-{i}", 21090 + i, workdir, settings) for i in range(nodes)]
    for node in running:
        node.start()
    deploy_bench_models(running[0])
    due_at = time.time() + 30 + instances * 0.05
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(due_at))
    start_instances(running[0], "benchJobs", instances, {"dueAt": stamp})
    wait_until(lambda: time.time() >= due_at, timeout=3600, step=0.2)
    done = wait_until(lambda: count(running[0], "/engine-rest/history/process-instance/count?processDefinitionKey=benchJobs&finished=true")
                      == instances, timeout=600, step=0.2)
    took = time.time() - due_at
    jobs = 2 * instances
    print(f"  {jobs} jobs in {took:.1f} s = {jobs / took:.1f} jobs/s")
    check(done, f"all {instances} instances finished")
    check(count(running[0], "/engine-rest/incident/count") == 0, "no incidents")
    for node in running:
        node.stop()


# --- throughput: the lifecycle against the engine's floor, over REST ---------------------------

MUNICIPALITIES = ["linkoping", "sodertalje", "sigtuna", "trollhattan", "goteborg"]
TEXT = "Benchmark: ifyllt av genomströmningsmätningen, inga personuppgifter. "


def form_fields(container):
    for component in container.get("components", []):
        yield component
        yield from form_fields(component)


def fill_form(node, task_id, form):
    """Valid values for every editable field of a deployed Camunda Form, read from the form itself
    (same choices as the Java benchmark's FormFiller): checkbox ticked, first option of a select,
    radio or checklist, a number's minimum, text of 40 characters within min/max length for required
    text fields (optional text stays empty)."""
    values = {}
    for field in form_fields(form):
        key, kind, validate = field.get("key"), field.get("type"), field.get("validate", {}) or {}
        if not key or field.get("readonly") or field.get("disabled"):
            continue
        if kind in ("textfield", "textarea"):
            if not validate.get("required"):
                continue  # optional free text stays empty: its format is unknown (see FormFiller)
            length = max(validate.get("minLength", 0) or 0, min(40, validate.get("maxLength", 4000) or 4000))
            values[key] = {"value": (TEXT * (length // len(TEXT) + 1))[:length], "type": "String"}
        elif kind == "number":
            values[key] = {"value": int(validate.get("min", 1)), "type": "Long"}
        elif kind == "checkbox":
            values[key] = {"value": True, "type": "Boolean"}
        elif kind in ("select", "radio", "checklist", "taglist"):
            if "values" in field:
                options = [option["value"] for option in field["values"]]
            else:
                status, listed = rest(node, "GET", f"/engine-rest/task/{task_id}/variables/{field['valuesKey']}")
                options = [o["value"] if isinstance(o, dict) else o for o in (listed or {}).get("value") or []]
            if not options:
                raise RuntimeError(f"no options for {key}")
            values[key] = ({"value": options[0], "type": "String"} if kind in ("select", "radio")
                           else {"value": json.dumps([options[0]]), "type": "Json"})
        elif kind == "datetime":
            subtype = field.get("subtype", "date")
            values[key] = {"value": {"time": "10:00", "datetime": "2026-01-15T10:00"}.get(subtype, "2026-01-15"),
                           "type": "String"}
    return values


def drive(node, key, prefix, cases, workers, start_variables, with_forms):
    """Starts the cases, then completes every open task (form read and filled) until all have ended;
    due timers are fired by the node's own job executor. One process instance stays on one worker."""
    latencies, form_times, errors, conflicts, lock = [], [], [], [], threading.Lock()

    def start_one(i):
        variables = {name: {"value": value} for name, value in start_variables(i).items()}
        status, answer = rest(node, "POST", f"/engine-rest/process-definition/key/{key}/start",
                              {"businessKey": f"{prefix}{i}", "variables": variables})
        if status != 200:
            raise RuntimeError(f"start failed: {status} {answer}")

    def complete_one(task):
        before = time.perf_counter()
        values = {}
        if with_forms:
            status, form = rest(node, "GET", f"/engine-rest/task/{task['id']}/deployed-form")
            if status != 200:
                raise RuntimeError(f"form of {task['taskDefinitionKey']}: {status} {form}")
            values = fill_form(node, task["id"], form)
        filled = time.perf_counter()
        status, answer = rest(node, "POST", f"/engine-rest/task/{task['id']}/complete", {"variables": values})
        done = time.perf_counter()
        with lock:
            if status == 204:
                latencies.append(done - filled)
                form_times.append(filled - before)
            elif status == 409:
                # the node's job executor moved the same case at that moment (a timer): the task is
                # still open and is completed again in the next round, as a person would after reloading
                conflicts.append(task["taskDefinitionKey"])
            else:
                errors.append(f"{task['taskDefinitionKey']}: {status} {answer}")

    def in_parallel(items, partition, work):
        chunks = [[] for _ in range(workers)]
        for item in items:
            chunks[hash(partition(item)) % workers].append(item)
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(lambda chunk=chunk: [work(item) for item in chunk]) for chunk in chunks]:
                future.result()

    started = time.perf_counter()
    in_parallel(range(cases), lambda i: i, start_one)
    driving = time.perf_counter()
    while True:
        status, tasks = rest(node, "GET", f"/engine-rest/task?processInstanceBusinessKeyLike={prefix}%25"
                                          f"&maxResults=1000000", timeout=120)
        if status != 200:
            raise RuntimeError(f"task query: {status} {tasks}")
        if tasks:
            in_parallel(tasks, lambda t: t["processInstanceId"], complete_one)
        elif count(node, f"/engine-rest/process-instance/count?businessKeyLike={prefix}%25") == 0:
            break
        else:
            time.sleep(0.2)  # a timer is not due yet or the job executor has not fired it
        if len(errors) > 20:
            break
    ended = time.perf_counter()
    return {"cases": cases, "tasks": len(latencies), "start_s": driving - started, "drive_s": ended - driving,
            "latencies": latencies, "form_times": form_times if with_forms else [], "errors": errors,
            "conflicts": conflicts}


def describe(result):
    total = result["start_s"] + result["drive_s"]
    return (f"{result['cases']:,} cases in {total:.1f} s (start {result['start_s']:.1f} s + drive {result['drive_s']:.1f} s): "
            f"{result['cases'] / total:.2f} cases/s; {result['tasks']:,} tasks ({result['tasks'] / result['cases']:.1f} per case) "
            f"at {result['tasks'] / result['drive_s']:.1f} tasks/s; completion latency "
            f"p50 {statistics.median(result['latencies']) * 1000:.1f} ms p95 {p95(result['latencies']) * 1000:.1f} ms; "
            + (f"form read+fill p95 {p95(result['form_times']) * 1000:.1f} ms" if result["form_times"] else "no form"))


def scenario_throughput(workdir, pg, cases, workers, levels, warm_up, output):
    lines = []

    def say(text):
        print(text, flush=True)
        lines.append(text)

    say(f"\n== Throughput over REST: {cases} support cases vs {cases} one-task instances, {workers} client threads, "
        f"history {','.join(levels)} ({time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f})")
    case_variables = lambda i: {"municipalityCode": MUNICIPALITIES[i % len(MUNICIPALITIES)],
                                "meetingCycle": "R1/PT1S", "followUpInterval": "PT1S"}
    for index, level in enumerate(levels):
        pg.wipe()
        pg.start()
        node = Node(f"node-throughput-{level}", 21087, workdir, {"CAMUNDA_BPM_HISTORY_LEVEL": level})
        node.start()
        deploy_bench_models(node)
        drive(node, "benchOneTask", "warmfloor-", warm_up, workers, lambda i: {}, False)
        drive(node, "supportCase", "warmcase-", warm_up, workers, case_variables, True)
        floor = drive(node, "benchOneTask", "floor-", cases, workers, lambda i: {}, False)
        lifecycle = drive(node, "supportCase", "bench-", cases, workers, case_variables, True)
        say(f"History level {level} (load average {os.getloadavg()[0]:.1f} after the run):")
        say(f"  floor      {describe(floor)}")
        say(f"  lifecycle  {describe(lifecycle)}")
        f_total, l_total = floor["start_s"] + floor["drive_s"], lifecycle["start_s"] + lifecycle["drive_s"]
        say(f"  ratio lifecycle/floor: {l_total / f_total:.1f} x the time per case, "
            f"{(floor['tasks'] / floor['drive_s']) / (lifecycle['tasks'] / lifecycle['drive_s']):.2f} x the time per task, "
            f"{p95(lifecycle['latencies']) / p95(floor['latencies']):.2f} x the p95 completion latency")
        print(f"  409 conflicts with the job executor, retried: floor {len(floor['conflicts'])}, "
              f"lifecycle {len(lifecycle['conflicts'])} {sorted(set(lifecycle['conflicts']))}")
        check(not floor["errors"] and not lifecycle["errors"],
              f"every task completed without an error ({(floor['errors'] + lifecycle['errors'])[:3]})")
        check(count(node, "/engine-rest/process-instance/count?businessKeyLike=bench-%25") == 0,
              f"all {cases} support cases ended")
        check(count(node, "/engine-rest/incident/count") == 0, "no incidents")
        node.stop()
        NODES.remove(node)
    if output:
        with open(os.path.join(ROOT, output), "w", encoding="utf-8") as out:
            out.write("\n".join(lines).lstrip() + "\n")


def main():
    global PG_PORT, PORT_OFFSET
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenarios", nargs="*", default=["cluster", "kill", "postgres", "race", "load"])
    parser.add_argument("--instances", type=int, default=200)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--job-settings", choices=sorted(JOB_SETTINGS), default="kommunstod")
    parser.add_argument("--nodes", type=int, default=1)
    parser.add_argument("--cases", type=int, default=1000, help="throughput: support cases (and floor instances)")
    parser.add_argument("--workers", type=int, default=2, help="throughput: client threads")
    parser.add_argument("--history-levels", default="full", help="throughput: comma-separated, e.g. full,activity")
    parser.add_argument("--warm-up", type=int, default=20, help="throughput: cases of each process first, not counted")
    parser.add_argument("--output", default=None, help="throughput: also write the figures to this file")
    parser.add_argument("--pg-port", type=int, default=PG_PORT, help="PostgreSQL port (default 55432)")
    parser.add_argument("--port-offset", type=int, default=0, help="added to every app port (21081..21091)")
    args = parser.parse_args()
    PG_PORT, PORT_OFFSET = args.pg_port, args.port_offset
    workdir = tempfile.mkdtemp(prefix="kommunstod-bench-")
    print(f"logs in {workdir}")
    for name in args.scenarios:
        pg = Postgres(workdir)
        pg.wipe()
        pg.start()
        try:
            {"cluster": lambda: scenario_cluster(workdir, pg, args.instances),
             "kill": lambda: scenario_kill_and_restart(workdir, pg, args.instances),
             "postgres": lambda: scenario_postgres_restart(workdir, pg, args.instances),
             "race": lambda: scenario_same_task_twice(workdir, pg, min(args.instances, 50)),
             "load": lambda: scenario_load(workdir, pg, args.users, args.seconds),
             "jobs": lambda: scenario_jobs(workdir, pg, args.instances, args.job_settings, args.nodes),
             "throughput": lambda: scenario_throughput(workdir, pg, args.cases, args.workers,
                                                       args.history_levels.split(","), args.warm_up, args.output)}[name]()
        finally:
            for node in NODES:  # only this run's nodes, never another run's on the same machine
                if node.process.poll() is None:
                    node.kill()
            NODES.clear()
            pg.stop()
    print("\n" + ("ALL CHECKS PASSED" if not FAILURES else f"{len(FAILURES)} CHECK(S) FAILED: {FAILURES}"))
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
