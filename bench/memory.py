#!/usr/bin/env python3
"""Memory and start-up of the jar, the README's tour over HTTP (not part of mvn verify).

    mvn -B -o package -DskipTests -Dexec.skip=true
    python3 bench/memory.py                      # the JVM's defaults, then docker/Dockerfile's options
    python3 bench/memory.py --config "name=-Xmx300m -XX:+UseSerialGC" --container-memory 1g

Each configuration starts `java -jar target/kommunstod-*.jar` with the demo profile (H2, demo users) in
a fresh directory, on 127.0.0.1 and a free port; records the time to Spring's "Started" line and to
readiness, the resident memory (VmRSS of /proc/<pid>/status) when idle and after each round of the tour
and the peak (VmHWM); stops the app and starts it again on the same data (a restart). The tour: every
demo user logs in to Tasklist and lists their tasks as Tasklist does, a few tasks are completed through
the engine REST API with their forms filled, and /dashboard, /arenden, a case page and the final report
(HTML, PDF, CSV) are opened. `--container-memory` stands for the container's memory limit (-XX:MaxRAM),
so percentages of "the container's memory" mean the same as in the image. A config's options may start
with `java=<path>` to use another JVM (the image's); `--jar` starts an extracted app.jar instead.
Writes docs/memory-benchmark.txt.
"""
import argparse
import base64
import glob
import http.cookiejar
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kommunstod_bench import footprint, forms  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TASKLIST_USERS = ["radgivare", "samordnare.linkoping", "polis.linkoping", "socialtjanst.linkoping",
                  "bostad.linkoping", "samordnare.sodertalje", "polis.vast"]
COMPLETING_USERS = ["radgivare", "samordnare.linkoping", "polis.linkoping", "socialtjanst.linkoping"]
PAGES = ["/dashboard", "/dashboard/dashboard.js", "/api/monitoring/summary", "/api/monitoring/stalled?size=50",
         "/arenden", "/arenden/stod-linkoping", "/api/reports/final?format=html", "/api/reports/final?format=pdf",
         "/api/reports/final?format=csv"]
# Tasklist's own task query: its default sorting (the page of 15 and HAL are in tasklist_tasks)
TASKLIST_QUERY = {"sorting": [{"sortBy": "created", "sortOrder": "desc"}], "active": True, "processVariables": [],
                  "taskVariables": [], "caseInstanceVariables": []}
HAL = "application/hal+json, application/json; q=0.5"  # what Tasklist's HTTP client sends


class User:
    """One person over HTTP: Basic for /engine-rest, /api and pages; a Tasklist session for the webapp."""

    def __init__(self, base, name, password="demo"):
        self.base, self.name = base, name
        self.authorization = "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()
        self.password = password
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def send(self, method, path, body=None, headers=None, basic=True, timeout=120):
        request = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        if basic:
            request.add_header("Authorization", self.authorization)
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def xsrf(self):
        return next((c.value for c in self.cookies if c.name == "XSRF-TOKEN"), "")

    def log_in_to_tasklist(self):
        self.send("GET", "/camunda/app/tasklist/default/", basic=False)
        body = urllib.parse.urlencode({"username": self.name, "password": self.password}).encode()
        status, _ = self.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", body,
                              {"Content-Type": "application/x-www-form-urlencoded", "X-XSRF-TOKEN": self.xsrf()},
                              basic=False)
        self.send("GET", "/camunda/api/admin/auth/user/default", basic=False)  # the new session's CSRF token
        return status

    def tasklist_tasks(self):
        """Tasklist's own list: its filters with their counts, then the first filter's first page of 15, newest
        first, in HAL (tasks, their identity links and process definitions, and the count)."""
        headers = {"Content-Type": "application/json", "Accept": HAL, "X-XSRF-TOKEN": self.xsrf()}
        status, raw = self.send("GET", "/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true",
                                headers=headers, basic=False)
        if status != 200 or not json.loads(raw):
            return status, raw[:200]
        filter_id = json.loads(raw)[0]["id"]
        status, raw = self.send("POST", f"/camunda/api/engine/engine/default/filter/{filter_id}/list"
                                        "?firstResult=0&maxResults=15", json.dumps(TASKLIST_QUERY).encode(), headers,
                                basic=False)
        return status, (json.loads(raw).get("count") if status == 200 else raw[:200])


def rest(user, method, path, body=None):
    """client.rest's shape (status, JSON) for forms.fill_form, as this user."""
    data = None if body is None else json.dumps(body).encode()
    status, raw = user.send(method, path, data, {"Content-Type": "application/json", "Accept": "application/json"})
    try:
        return status, (json.loads(raw) if raw else None)
    except ValueError:
        return status, raw.decode(errors="replace")


def complete_some(user, at_most):
    status, tasks = rest(user, "GET", f"/engine-rest/task?maxResults={at_most}&sortBy=created&sortOrder=asc")
    done, refused = 0, []
    for task in tasks if status == 200 else []:
        _, form = rest(user, "GET", f"/engine-rest/task/{task['id']}/deployed-form")
        values = forms.fill(form, lambda key, t=task: options(user, t["id"], key)) if isinstance(form, dict) else {}
        answer = rest(user, "POST", f"/engine-rest/task/{task['id']}/complete", {"variables": values})
        if answer[0] == 204:
            done += 1
        else:
            message = answer[1].get("message", "") if isinstance(answer[1], dict) else str(answer[1])
            refused.append(f"{task['taskDefinitionKey']} {answer[0]} {message[:160]}".rstrip())
    return done, refused


def options(user, task_id, values_key):
    _, listed = rest(user, "GET", f"/engine-rest/task/{task_id}/variables/{values_key}?deserializeValue=false")
    return forms.option_values(listed)


def tour(base, log):
    """One round of the README's tour; returns a line of what happened."""
    counts = {}
    for name in TASKLIST_USERS:
        user = User(base, name)
        login = user.log_in_to_tasklist()
        status, count = user.tasklist_tasks()
        counts[name] = count if login == 200 and status == 200 else f"login {login} list {status}"
    completed, refused = 0, []
    for name in COMPLETING_USERS:
        done, no = complete_some(User(base, name), 2)
        completed, refused = completed + done, refused + no
    bra = User(base, "radgivare")
    pages = {}
    for path in PAGES:
        began = time.perf_counter()
        status, raw = bra.send("GET", path, headers={"Accept": "text/html,application/json,*/*"})
        pages[path] = f"{status} {len(raw) // 1024} KiB {1000 * (time.perf_counter() - began):.0f} ms"
    log(f"    Tasklist task counts: {counts}")
    log(f"    completed {completed} tasks over /engine-rest" + (f"; refused: {refused}" if refused else ""))
    for path, what in pages.items():
        log(f"    GET {path}: {what}")
    return completed


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_of(pid):
    with open(f"/proc/{pid}/status") as file:
        return file.read()


def cpu_of(pid):
    """The CPU seconds the process has used so far."""
    with open(f"/proc/{pid}/stat") as file:
        return footprint.cpu_seconds(file.read(), os.sysconf("SC_CLK_TCK"))


def stop_process(process):
    """SIGTERM, as an orchestrator stops the app; killed if it has not ended within a minute."""
    if process and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class App:
    """The jar as a process of its own, in its own directory; only this process is ever stopped."""

    def __init__(self, jar, workdir, java, java_options):
        self.jar, self.workdir, self.java, self.java_options = jar, workdir, java, java_options
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(workdir, "app.log")
        self.process = None
        self.cpu_at_ready = None

    def start(self, timeout=900):
        env = dict(os.environ, PORT=str(self.port), SERVER_ADDRESS="127.0.0.1", SPRING_PROFILES_ACTIVE="demo",
                   KOMMUNSTOD_PUBLIC_URL=self.base)
        env.pop("JAVA_TOOL_OPTIONS", None)
        with open(self.log_path, "w") as log:
            began = time.time()
            self.process = subprocess.Popen([self.java, *self.java_options, "-jar", self.jar], cwd=self.workdir,
                                            env=env, stdout=log, stderr=subprocess.STDOUT)
        while time.time() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited, see {self.log_path}")
            try:
                with urllib.request.urlopen(self.base + "/actuator/health/readiness", timeout=5) as response:
                    if response.status == 200:
                        ready = time.time() - began
                        self.cpu_at_ready = self.cpu()
                        with open(self.log_path) as file:
                            return ready, footprint.started_seconds(file.read())
            except (OSError, urllib.error.HTTPError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"the app was not ready within {timeout} s")

    def rss(self, field="VmRSS"):
        return footprint.mib(footprint.status_number(status_of(self.process.pid), field))

    def cpu(self):
        return cpu_of(self.process.pid)

    def heap_info(self):
        answer = subprocess.run(["jcmd", str(self.process.pid), "GC.heap_info"], capture_output=True, text=True,
                                timeout=60)
        return answer.stdout

    def stop(self):
        stop_process(self.process)


def measure(name, jar, java, java_options, rounds, idle_seconds, log):
    log(f"\n== {name}: {java} {' '.join(java_options) or '(no options)'} -jar {os.path.basename(jar)}")
    workdir = tempfile.mkdtemp(prefix="kommunstod-memory-")
    app = App(jar, workdir, java, java_options)
    row = {"setting": name}
    try:
        ready, started = app.start()
        row["first start: Started s"] = f"{started[0]:.1f}" if started else "?"
        row["ready s"] = f"{ready:.1f}"
        row["CPU s to ready"] = f"{app.cpu_at_ready:.1f}"
        time.sleep(idle_seconds)
        row["idle RSS MiB"] = f"{app.rss():.0f}"
        log(f"  first start (empty H2 database, demo data created): Started after {row['first start: Started s']} s,"
            f" ready after {ready:.1f} s; idle {idle_seconds} s later: VmRSS {row['idle RSS MiB']} MiB")
        after = []
        for i in range(rounds):
            log(f"  tour round {i + 1}:")
            tour(app.base, log)
            after.append(f"{app.rss():.0f}")
            log(f"    VmRSS after round {i + 1}: {after[-1]} MiB")
        row["RSS after each tour round MiB"] = " / ".join(after)
        row["peak RSS MiB"] = f"{app.rss('VmHWM'):.0f}"
        row["threads"] = footprint.status_number(status_of(app.process.pid), "Threads")
        log(f"  threads {row['threads']}; jcmd GC.heap_info after the tour:")
        for line in app.heap_info().splitlines()[1:]:
            log("    " + line.strip())
        app.stop()
        ready, started = app.start()
        row["restart: Started s"] = f"{started[0]:.1f}" if started else "?"
        row["restart ready s"] = f"{ready:.1f}"
        row["restart CPU s"] = f"{app.cpu_at_ready:.1f}"
        log(f"  restart on the same data: Started after {row['restart: Started s']} s, ready after {ready:.1f} s;"
            f" peak VmRSS of the first run {row['peak RSS MiB']} MiB")
    finally:
        app.stop()
    return row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", action="append", default=[],
                        help="name=JVM options; default: 'JVM defaults' and docker/Dockerfile's options")
    parser.add_argument("--container-memory", default="1g",
                        help="the container's memory limit the options are for (-XX:MaxRAM), default 1g")
    parser.add_argument("--jar", help="the jar to start (default target/kommunstod-*.jar; e.g. an extracted"
                                      " app.jar with its class-data archive, as the image runs it)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--idle-seconds", type=int, default=20)
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "memory-benchmark.txt"))
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so `finally` stops the app this run started
    jar = args.jar or next(iter(sorted(glob.glob(os.path.join(ROOT, "target", "kommunstod-*.jar")))), None)
    if jar is None:
        sys.exit("build the jar first: mvn -B -o package -DskipTests -Dexec.skip=true")
    with open(os.path.join(ROOT, "docker", "Dockerfile")) as file:
        image = footprint.dockerfile_java_options(file.read())
    configs = [c.split("=", 1) for c in args.config] or [["JVM defaults (host)", ""],
                                                         ["docker/Dockerfile", " ".join(image)]]
    lines = []

    def log(line):
        print(line, flush=True)
        lines.append(line)

    with open("/proc/loadavg") as file:
        load = file.read().split()[:3]
    log(f"Memory and start-up benchmark, {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, "
        f"{os.cpu_count()} CPUs, load average at the start {' '.join(load)}")
    log(f"command: python3 bench/memory.py {shlex.join(sys.argv[1:] if argv is None else argv)}".rstrip())
    log(f"container memory stood in by -XX:MaxRAM={args.container_memory} for every setting but the host defaults")
    rows = []
    for name, options in configs:
        java, java_options = footprint.java_command(options)
        if name != "JVM defaults (host)":
            java_options = [f"-XX:MaxRAM={args.container_memory}"] + java_options
        rows.append(measure(name, jar, java, java_options, args.rounds, args.idle_seconds, log))
    with open("/proc/loadavg") as file:
        log(f"\nload average at the end {' '.join(file.read().split()[:3])}")
    log("\n" + footprint.table(rows))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as file:
        file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
