#!/usr/bin/env python3
"""Start-up of the jar (not part of mvn verify): time to Spring's "Started" line, to the first
successful HTTP answer (readiness 200, then an authenticated GET /engine-rest/version) and the CPU
seconds the JVM used until then, on an empty database (first start) and again on the same data
(restart), for each database and JVM setting asked for.

    mvn -B -o package -DskipTests -Dexec.skip=true
    mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
    python3 bench/startup.py                                   # embedded H2 (default profile) and PostgreSQL
    python3 bench/startup.py --db h2 --config "C1 only=-XX:TieredStopAtLevel=1" --steps 40
    python3 bench/startup.py --db h2 --as-image --restarts 1                 # as the image starts it
    python3 bench/startup.py --db postgres --pgdata target/report-bench-postgres:report_bench   # 290 municipalities
    python3 bench/startup.py --db h2 --jar /tmp/x/app.jar --config "JDK 25=java=/opt/jdk-25/bin/java -XX:AOTCache=/tmp/x/app.aot"

`--db h2` is the production default (H2 file database in a fresh directory, administrator from the
environment), `demo` the demo profile (H2, demo data seeded on the first start), `postgres` the tests'
PostgreSQL 17 (bench.StandalonePostgres) with a fresh data directory. `--steps N` logs Spring's N
slowest start-up steps (startup.StartupSteps) into the app's log, copied into the output. A config's
options may start with `java=<path>` to start it with another JVM (the image's JDK, say). Prints the
load average with every figure; writes docs/startup-benchmark.txt.
"""
import argparse
import base64
import glob
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kommunstod_bench import footprint  # noqa: E402
from memory import cpu_of, free_port, stop_process  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADMIN = ("startadmin", "start-benchmark-password")


def load():
    with open("/proc/loadavg") as file:
        return " ".join(file.read().split()[:3])


class Postgres:
    """The tests' PostgreSQL 17 as a process of its own in the run's directory; only it is stopped."""

    def __init__(self, workdir):
        self.port = free_port()
        self.data = os.path.join(workdir, "pgdata")
        self.process = None

    def start(self, copy_of=None):
        if copy_of:  # a seeded data directory (e.g. the report benchmark's 290 municipalities), left as it is
            shutil.copytree(copy_of, self.data, ignore=shutil.ignore_patterns("epg-lock", "postmaster.pid"))
        with open(os.path.join(ROOT, "target", "bench.classpath")) as file:
            classpath = os.path.join(ROOT, "target", "test-classes") + ":" + file.read().strip()
        self.process = subprocess.Popen(["java", "-cp", classpath, "se.kommunstod.bench.StandalonePostgres",
                                         str(self.port), self.data], cwd=ROOT, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True)
        for line in self.process.stdout:
            if "PostgreSQL ready" in line:
                return
        raise RuntimeError("PostgreSQL did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)


class App:
    def __init__(self, jar, workdir, java, java_options, env, admin):
        self.jar, self.workdir, self.java, self.java_options = jar, workdir, java, java_options
        self.env, self.admin = env, admin
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.starts = 0

    def start(self, timeout):
        self.starts += 1
        self.log_path = os.path.join(self.workdir, f"app-{self.starts}.log")
        env = dict(os.environ, PORT=str(self.port), SERVER_ADDRESS="127.0.0.1", KOMMUNSTOD_PUBLIC_URL=self.base,
                   **self.env)
        env.pop("JAVA_TOOL_OPTIONS", None)
        began = time.time()
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen([self.java, *self.java_options, "-jar", self.jar], cwd=self.workdir,
                                            env=env, stdout=log, stderr=subprocess.STDOUT)
        ready = None
        while time.time() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited, see {self.log_path}")
            try:
                if ready is None:
                    with urllib.request.urlopen(self.base + "/actuator/health/readiness", timeout=5) as answer:
                        if answer.status == 200:
                            ready = time.time() - began
                request = urllib.request.Request(self.base + "/engine-rest/version", headers={
                    "Authorization": "Basic " + base64.b64encode(":".join(self.admin).encode()).decode()})
                with urllib.request.urlopen(request, timeout=10) as answer:
                    if answer.status == 200:
                        answered = time.time() - began
                        cpu = cpu_of(self.process.pid)
                        with open(self.log_path) as file:
                            started = footprint.started_seconds(file.read())
                        return {"Started s": f"{started[1]:.1f}" if started else "?",
                                "ready s": f"{ready:.1f}" if ready else "?", "first answer s": f"{answered:.1f}",
                                "CPU s": f"{cpu:.1f}", "load": load()}
            except (OSError, urllib.error.HTTPError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the app did not answer within {timeout} s, see {self.log_path}")

    def steps(self):
        with open(self.log_path) as file:
            text = file.read()
        match = re.search(r"Start-up steps .*?\n((?:\s+\d+ ms own.*\n)+)", text)
        timeline = [line[:200] for line in text.splitlines()
                    if re.match(r"^\d{4}-\d\d-\d\dT", line) and (" INFO " in line or " WARN " in line)]
        return (match.group(0) if match else ""), timeline

    def stop(self):
        stop_process(self.process)


def as_image(jar, java, java_options, log):
    """The jar as docker/Dockerfile prepares it: extracted into app.jar + lib/, and from a training run
    that stops once the context is refreshed (a throw-away H2 database) a class-data archive (Java 17)
    or, from Java 25 on, an ahead-of-time cache (classes loaded and linked, method profiles; JEP 483,
    514, 515). Returns the extracted jar and the option that uses the archive or cache."""
    directory = tempfile.mkdtemp(prefix="kommunstod-image-")
    subprocess.run([java, "-Djarmode=tools", "-jar", jar, "extract", "--destination", directory,
                    "--application-filename", "app.jar"], check=True, stdout=subprocess.DEVNULL)
    extracted = os.path.join(directory, "app.jar")
    if java_release(java) >= 25:
        archive = os.path.join(directory, "app.aot")
        train, use = f"-XX:AOTCacheOutput={archive}", f"-XX:AOTCache={archive}"
    else:
        archive = os.path.join(directory, "app.jsa")
        train, use = f"-XX:ArchiveClassesAtExit={archive}", f"-XX:SharedArchiveFile={archive}"
    env = dict(os.environ, KOMMUNSTOD_ADMIN_USER="training", KOMMUNSTOD_ADMIN_PASSWORD="training-only-password",
               KOMMUNSTOD_DB_URL=f"jdbc:h2:file:{directory}/training/kommunstod", PORT="0")
    env.pop("JAVA_TOOL_OPTIONS", None)
    began = time.time()
    subprocess.run([java, *java_options, train, "-Dspring.context.exit=onRefresh",
                    "-jar", extracted], check=True, cwd=directory, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    shutil.rmtree(os.path.join(directory, "training"), ignore_errors=True)
    log(f"  as the image: extracted and archived in {time.time() - began:.0f} s ({directory})")
    return extracted, use


def java_release(java):
    """The feature release of a JVM (17, 25, …), from what `java -version` prints."""
    printed = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    return int(re.search(r'version "(\d+)', printed).group(1))


def measure(db, name, jar, java, java_options, restarts, log, show_steps, keep_timeline, timeout, pgdata=None):
    log(f"\n== {db}, {name}: {java} {' '.join(java_options) or '(no options)'} -jar {os.path.basename(jar)}")
    workdir = tempfile.mkdtemp(prefix="kommunstod-startup-")
    admin = ("admin", "demo") if db == "demo" else ADMIN  # the demo creates its own administrator
    env = {"SPRING_PROFILES_ACTIVE": "demo"} if db == "demo" else {"KOMMUNSTOD_ADMIN_USER": admin[0],
                                                                    "KOMMUNSTOD_ADMIN_PASSWORD": admin[1]}
    pg = None
    if db == "postgres":
        pg = Postgres(workdir)
        database = "postgres"
        if pgdata:
            pgdata, _, database = pgdata.partition(":")
            database = database or "postgres"
        pg.start(pgdata)
        env.update(KOMMUNSTOD_DB_URL=f"jdbc:postgresql://127.0.0.1:{pg.port}/{database}", KOMMUNSTOD_DB_USER="postgres",
                   KOMMUNSTOD_DB_PASSWORD="postgres")
    app = App(jar, workdir, java, java_options, env, admin)
    rows = []
    try:
        for run in range(1 + restarts):
            first = "first start (a copy of " + pgdata + ")" if pgdata else "first start (empty database)"
            what = first if run == 0 else f"restart {run} (same data)"
            row = app.start(timeout)
            log(f"  {what}: Started {row['Started s']} s (JVM time), ready {row['ready s']} s, first answer of"
                f" /engine-rest/version {row['first answer s']} s, CPU {row['CPU s']} s; load average {row['load']}")
            steps, timeline = app.steps()
            if show_steps and steps:
                log("    " + steps.replace("\n", "\n    ").rstrip())
            if keep_timeline:
                log("    log timeline:\n      " + "\n      ".join(timeline))
            app.stop()
            rows.append({"database": db, "setting": name, "start": what.split(" (")[0], **row})
    finally:
        app.stop()
        if pg:
            pg.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", action="append", choices=["h2", "demo", "postgres"])
    parser.add_argument("--config", action="append", default=[], help="name=JVM options (default: the Dockerfile's)")
    parser.add_argument("--restarts", type=int, default=2)
    parser.add_argument("--steps", type=int, default=0, help="log Spring's N slowest start-up steps")
    parser.add_argument("--timeout", type=int, default=900, help="seconds a start may take (a loaded machine)")
    parser.add_argument("--timeline", action="store_true", help="copy the app's INFO lines into the output")
    parser.add_argument("--jar", help="the jar to start (default target/kommunstod-*.jar; e.g. an extracted"
                                      " app.jar for class-data sharing)")
    parser.add_argument("--as-image", action="store_true", help="extract the jar and archive its classes as"
                                                                   " docker/Dockerfile does, and start it so")
    parser.add_argument("--pgdata", help="with --db postgres: start on a copy of this seeded data directory,"
                                         " DIR[:database], e.g. target/report-bench-postgres:report_bench")
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "startup-benchmark.txt"))
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    jar = args.jar or next(iter(sorted(glob.glob(os.path.join(ROOT, "target", "kommunstod-*.jar")))), None)
    if jar is None:
        sys.exit("build the jar first: mvn -B -o package -DskipTests -Dexec.skip=true")
    with open(os.path.join(ROOT, "docker", "Dockerfile")) as file:
        image = " ".join(footprint.dockerfile_java_options(file.read()))
    configs = [c.split("=", 1) for c in args.config] or [["docker/Dockerfile", image]]
    lines = []

    def log(line):
        print(line, flush=True)
        lines.append(line)

    log(f"Start-up benchmark, {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, {os.cpu_count()} CPUs,"
        f" load average {load()}")
    log(f"command: python3 bench/startup.py {shlex.join(sys.argv[1:] if argv is None else argv)}".rstrip())
    rows = []
    for db in args.db or ["h2", "postgres"]:
        for name, options in configs:
            java, options = footprint.java_command(options)
            java_options = ["-XX:MaxRAM=1g"] + options
            run_jar = jar
            if args.as_image:
                run_jar, archive = as_image(jar, java, java_options, log)
                java_options.append(archive)
            if args.steps:
                java_options.append(f"-Dkommunstod.startup-steps={args.steps}")
            try:
                rows += measure(db, name, run_jar, java, java_options, args.restarts, log, args.steps > 0,
                                args.timeline, args.timeout, args.pgdata if db == "postgres" else None)
            finally:
                if args.as_image:
                    shutil.rmtree(os.path.dirname(run_jar), ignore_errors=True)
    log(f"\nload average at the end {load()}")
    log("\n" + footprint.table(rows))
    with open(args.out, "w") as file:
        file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
