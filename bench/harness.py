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
import http.client
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


class Driver:
    """The REST driver of the lifecycle: completes every open task of the cases whose business key
    starts with `prefix` (each form read from the engine and filled) until all have ended; due timers
    are fired by the node's own job executor. One process instance stays on one client thread.

    `stop` (a threading.Event) ends it early: no new request is sent after it is set, and a request
    that gets no answer because the node is gone counts in `unanswered`, not as an error. Every
    acknowledged completion (HTTP 204) is kept in `acknowledged` as (task id, task definition key,
    process instance id)."""

    def __init__(self, node, prefix, workers, with_forms, stop=None):
        self.node, self.prefix, self.workers, self.with_forms = node, prefix, workers, with_forms
        self.stop = stop or threading.Event()
        self.started, self.acknowledged, self.latencies, self.form_times = [], [], [], []
        self.errors, self.conflicts, self.unanswered = [], [], 0
        self.lock = threading.Lock()

    def start(self, key, cases, start_variables):
        """Starts `cases` instances of `key` with business keys prefix0, prefix1, …; returns the seconds it took."""
        def start_one(i):
            variables = {name: {"value": value} for name, value in start_variables(i).items()}
            status, answer = rest(self.node, "POST", f"/engine-rest/process-definition/key/{key}/start",
                                  {"businessKey": f"{self.prefix}{i}", "variables": variables})
            if status != 200:
                raise RuntimeError(f"start failed: {status} {answer}")
            with self.lock:
                self.started.append(answer["id"])

        began = time.perf_counter()
        self._in_parallel(range(cases), lambda i: i, start_one)
        return time.perf_counter() - began

    def run(self, timeout=None):
        """Drives until every case has ended (True), or until stopped, timed out or too many errors (False)."""
        began = time.time()
        while not self.stop.is_set() and len(self.errors) <= 20:
            if timeout and time.time() - began > timeout:
                return False
            try:
                status, tasks = rest(self.node, "GET", f"/engine-rest/task?processInstanceBusinessKeyLike="
                                                       f"{self.prefix}%25&maxResults=1000000", timeout=120)
                if status != 200:
                    raise RuntimeError(f"task query: {status} {tasks}")
                if tasks:
                    self._in_parallel(tasks, lambda t: t["processInstanceId"], self._complete_one)
                elif count(self.node, f"/engine-rest/process-instance/count?businessKeyLike={self.prefix}%25") == 0:
                    return True
                else:
                    time.sleep(0.2)  # a timer is not due yet or the job executor has not fired it
            except (OSError, http.client.HTTPException):
                if not self.stop.is_set():
                    raise
        return False

    def _complete_one(self, task):
        before = time.perf_counter()
        try:
            values = {}
            if self.with_forms:
                status, form = rest(self.node, "GET", f"/engine-rest/task/{task['id']}/deployed-form")
                if status != 200:
                    raise RuntimeError(f"form of {task['taskDefinitionKey']}: {status} {form}")
                values = fill_form(self.node, task["id"], form)
            filled = time.perf_counter()
            status, answer = rest(self.node, "POST", f"/engine-rest/task/{task['id']}/complete", {"variables": values})
        except (OSError, http.client.HTTPException) as error:
            with self.lock:
                if self.stop.is_set():
                    self.unanswered += 1  # the node is gone: this completion may or may not have committed
                else:
                    self.errors.append(f"{task['taskDefinitionKey']}: {error!r}")
            return
        done = time.perf_counter()
        with self.lock:
            if status == 204:
                self.acknowledged.append((task["id"], task["taskDefinitionKey"], task["processInstanceId"]))
                self.latencies.append(done - filled)
                self.form_times.append(filled - before)
            elif status == 409:
                # the node's job executor moved the same case at that moment (a timer): the task is
                # still open and is completed again in the next round, as a person would after reloading
                self.conflicts.append(task["taskDefinitionKey"])
            else:
                self.errors.append(f"{task['taskDefinitionKey']}: {status} {answer}")

    def _in_parallel(self, items, partition, work):
        chunks = [[] for _ in range(self.workers)]
        for item in items:
            chunks[hash(partition(item)) % self.workers].append(item)

        def work_through(chunk):
            for item in chunk:
                if self.stop.is_set():
                    return
                work(item)

        with concurrent.futures.ThreadPoolExecutor(max_workers=self.workers) as pool:
            for future in [pool.submit(work_through, chunk) for chunk in chunks]:
                future.result()


def drive(node, key, prefix, cases, workers, start_variables, with_forms):
    """Starts the cases and drives them to their end (throughput scenario)."""
    driver = Driver(node, prefix, workers, with_forms)
    start_s = driver.start(key, cases, start_variables)
    driving = time.perf_counter()
    driver.run()
    return {"cases": cases, "tasks": len(driver.latencies), "start_s": start_s, "drive_s": time.perf_counter() - driving,
            "latencies": driver.latencies, "form_times": driver.form_times if with_forms else [],
            "errors": driver.errors, "conflicts": driver.conflicts}


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
    case_variables = support_case_variables
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


# --- fault: SIGKILL in the middle of real support-case lifecycles ------------------------------

def support_case_variables(i):
    """The start variables of the benchmark's support cases: municipalities in turn, the meeting due
    after 1 s (once) and the interventions followed up after 1 s."""
    return {"municipalityCode": MUNICIPALITIES[i % len(MUNICIPALITIES)], "meetingCycle": "R1/PT1S",
            "followUpInterval": "PT1S"}


def _page(node, path):
    status, answer = rest(node, "GET", path)
    if status != 200:
        raise RuntimeError(f"{path}: {status} {answer}")
    return answer["content"]


def _optional(node, path):
    status, answer = rest(node, "GET", path)
    if status not in (200, 404):
        raise RuntimeError(f"{path}: {status} {answer}")
    return answer if status == 200 else None


def case_records(node, business_key):
    """What the domain records of one case say, read through the app's /api as the administrator."""
    base = f"/api/support-cases/{business_key}"
    return {"pictures": _page(node, base + "/situation-pictures?size=100"),
            "plan": _optional(node, base + "/activity-plan"),
            "meetings": _page(node, base + "/meetings?size=100"),
            "interventions": _page(node, base + "/interventions?size=100"),
            "evaluation": _optional(node, base + "/evaluation") or {},
            "lessons": _page(node, base + "/lessons?size=100")}


def _pictures(contributor):
    return lambda r: sum(p["contributor"] == contributor for p in r["pictures"])


# Every user task of the lifecycle with a record listener (docs/records.md), and how many records
# its completions leave in a case's /api views: one per completion, none for an open task.
RECORDED_TASKS = {
    "Task_SituationPictureMunicipality": _pictures("MUNICIPALITY"),
    "Task_SituationPicturePolice": _pictures("POLICE"),
    "Task_SituationPictureSocialServices": _pictures("SOCIAL_SERVICES"),
    "Task_JointAnalysis": _pictures("JOINT"),
    "Task_KickOff": lambda r: int(r["plan"] is not None),
    "Task_PrepareAgenda": lambda r: len(r["meetings"]),
    "Task_FollowUpOpenItems": lambda r: sum(bool(m.get("openItemsStatus")) for m in r["meetings"]),
    "Task_ActorReport": lambda r: sum(len(m.get("actorReports") or []) for m in r["meetings"]),
    "Task_RecordDecisions": lambda r: sum(bool(m.get("decisions")) for m in r["meetings"]),
    "Task_PlanIntervention": lambda r: len(r["interventions"]),
    "Task_FollowUpIntervention": lambda r: sum(len(i.get("followUps") or []) for i in r["interventions"]),
    "Task_RecordOutcome": lambda r: sum(bool(i.get("outcomeRating")) for i in r["interventions"]),
    "Task_FollowUpIndicators": lambda r: int(bool(r["evaluation"].get("indicatorTrend"))),
    "Task_ParticipantsAssessment": lambda r: int(r["evaluation"].get("participantRating") is not None),
    "Task_Evaluate": lambda r: int(bool(r["evaluation"].get("goalsAchieved"))),
    "Task_CloseWithLessonsLearned": lambda r: len(r["lessons"]),
}


def engine_state(node, prefix):
    """The engine's view of the cases with a business key prefix: business key per process instance
    (cases and their meetings and interventions), the finished user tasks and the open ones."""
    instances = _list(node, f"/engine-rest/history/process-instance?processInstanceBusinessKeyLike={prefix}%25")
    business_keys = {i["id"]: i["businessKey"] for i in instances if (i["businessKey"] or "").startswith(prefix)}
    finished = [t for t in _list(node, f"/engine-rest/history/task?processInstanceBusinessKeyLike={prefix}%25&finished=true")
                if t["processInstanceId"] in business_keys]
    still_open = [t for t in _list(node, f"/engine-rest/task?processInstanceBusinessKeyLike={prefix}%25")
                  if t["processInstanceId"] in business_keys]
    return instances, business_keys, finished, still_open


def _list(node, path):
    status, answer = rest(node, "GET", path + "&maxResults=1000000", timeout=120)
    if status != 200:
        raise RuntimeError(f"{path}: {status} {answer}")
    return answer


def check_records_agree(node, prefix, case_keys, finished, still_open, business_keys, when):
    """(c) per case and task: records in /api == completions in the engine's history; an open task has none."""
    completed, waiting = {}, {}
    for task in finished:
        if task["taskDefinitionKey"] in RECORDED_TASKS and task.get("deleteReason") == "completed":
            slot = (business_keys[task["processInstanceId"]], task["taskDefinitionKey"])
            completed[slot] = completed.get(slot, 0) + 1
    for task in still_open:
        if task["taskDefinitionKey"] in RECORDED_TASKS:
            slot = (business_keys[task["processInstanceId"]], task["taskDefinitionKey"])
            waiting[slot] = waiting.get(slot, 0) + 1
    mismatches = []
    for business_key in case_keys:
        records = case_records(node, business_key)
        for task_key, recorded in RECORDED_TASKS.items():
            expected = completed.get((business_key, task_key), 0)
            if recorded(records) != expected:
                mismatches.append(f"{business_key} {task_key}: {recorded(records)} records for {expected} completions"
                                  f" ({waiting.get((business_key, task_key), 0)} open)")
    check(not mismatches, f"{when}: records and engine agree for {len(case_keys)} cases: {sum(completed.values())} "
                          f"completions of tasks with a record listener each left exactly one record, the "
                          f"{sum(waiting.values())} open ones none {mismatches[:5]}")


def scenario_lifecycle_kill(workdir, pg, cases, workers=4, warm_up=5):
    print(f"\n== Fault: the app killed (SIGKILL) in the middle of {cases} support-case lifecycles and restarted, "
          f"{workers} client threads")
    node = Node("node-lifecycle-kill", 21088, workdir)
    print(f"  node started in {node.start():.1f} s")
    warm = Driver(node, "warmkill-", workers, True)
    warm.start("supportCase", warm_up, support_case_variables)
    warm.run(timeout=600)
    per_case = len(warm.acknowledged) / warm_up
    expected = round(per_case * cases)
    print(f"  warm-up: {warm_up} cases, {per_case:.1f} task completions per case -> about {expected} expected")

    prefix, stop = "kill-", threading.Event()
    driver = Driver(node, prefix, workers, True, stop)
    driver.start("supportCase", cases, support_case_variables)
    failure = []

    def run():
        try:
            driver.run()
        except Exception as error:  # noqa: BLE001 - reported as a check below
            failure.append(repr(error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    wait_until(lambda: len(driver.acknowledged) >= expected // 3 or not thread.is_alive(), timeout=900, step=0.02)
    stop.set()  # no new request from here on; the ones in flight meet the kill
    node.kill()
    killed_at = time.time()
    thread.join()
    acknowledged = list(driver.acknowledged)
    print(f"  SIGKILL after {len(acknowledged)} acknowledged completions of about {expected} "
          f"({len({a[1] for a in acknowledged})} different tasks); {driver.unanswered} requests in flight got no answer")
    check(not failure and not driver.errors, f"no error before the kill {(failure + driver.errors)[:3]}")
    restart_s = node.start()
    print(f"  restarted in {restart_s:.1f} s (down {time.time() - killed_at:.1f} s)")

    # (a) every acknowledged completion is in history, as a completion
    instances, business_keys, finished, still_open = engine_state(node, prefix)
    completed_ids = {t["id"] for t in finished if t.get("deleteReason") == "completed"}
    missing = [a for a in acknowledged if a[0] not in completed_ids]
    check(not missing, f"every acknowledged completion is in history: {len(acknowledged) - len(missing)} of "
                       f"{len(acknowledged)} ({len(completed_ids)} completed in all, the difference committed "
                       f"without an answer) {missing[:3]}")
    # (b) no instance lost
    state = {i["id"]: i["state"] for i in instances}
    running = {i["id"] for i in _list(node, f"/engine-rest/process-instance?businessKeyLike={prefix}%25")}
    lost = [i for i in driver.started if not (i in running or state.get(i) == "COMPLETED")]
    finished_cases = sum(state.get(i) == "COMPLETED" for i in driver.started)
    check(not lost and len(driver.started) == cases,
          f"no case lost: {len(driver.started) - finished_cases} running + {finished_cases} finished = {cases} {lost[:3]}")
    # (c) records and engine agree: the record is written in the completion's transaction
    case_keys = [f"{prefix}{i}" for i in range(cases)]
    check_records_agree(node, prefix, case_keys, finished, still_open, business_keys, "after the kill")

    # (d) the driver continues and every case reaches its end
    after = Driver(node, prefix, workers, True)
    resumed = time.time()
    ended = after.run(timeout=900)
    took = time.time() - resumed
    print(f"  after the restart: {len(after.acknowledged)} more completions in {took:.1f} s "
          f"({len(after.conflicts)} answered 409 and retried)")
    check(ended and not after.errors, f"every case reaches its end after the restart {after.errors[:3]}")
    instances, business_keys, finished, still_open = engine_state(node, prefix)
    completed_cases = sum(i["state"] == "COMPLETED" for i in instances if i["id"] in set(driver.started))
    check(completed_cases == cases, f"all {cases} cases completed in history ({completed_cases})")
    every_ack = [a[0] for a in acknowledged + after.acknowledged]
    completed_total = sum(t.get("deleteReason") == "completed" for t in finished)
    unasked = completed_total - len(every_ack)
    check(len(set(every_ack)) == len(every_ack) and 0 <= unasked <= driver.unanswered,
          f"nothing completed twice or unasked: {completed_total} completions in history = {len(every_ack)} "
          f"acknowledged + {unasked} committed while the answer was lost (at most the {driver.unanswered} in flight)")
    check_records_agree(node, prefix, case_keys, finished, still_open, business_keys, "at the end")
    check(count(node, "/engine-rest/incident/count") == 0, "no incidents")
    node.stop()


def main():
    global PG_PORT, PORT_OFFSET
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenarios", nargs="*", default=["cluster", "kill", "lifecycle-kill", "postgres", "race", "load"])
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
             "lifecycle-kill": lambda: scenario_lifecycle_kill(workdir, pg, args.instances),
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
