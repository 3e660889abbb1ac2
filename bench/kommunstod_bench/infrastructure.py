"""The processes a scenario runs: the tests' PostgreSQL 17 and application nodes (java -jar), on
the ports of the run's Settings. A scenario's Bench knows the nodes it started and only kills those."""
import os
import shutil
import signal
import subprocess
import threading
import time

from . import client


class Postgres:
    """The tests' PostgreSQL 17 (zonky) as a separate process, so it can be stopped and restarted."""

    def __init__(self, settings, workdir):
        self.settings = settings
        self.data = os.path.join(workdir, "pgdata")
        self.log_path = os.path.join(workdir, "postgres.log")
        self.log = None
        self.process = None

    def command(self):
        with open(self.settings.path("target/bench.classpath")) as file:
            classpath = "target/test-classes:" + file.read().strip()
        return ["java", "-cp", classpath, "se.kommunstod.bench.StandalonePostgres", str(self.settings.pg_port),
                self.data]

    def start(self):
        if self.log is None:
            self.log = open(self.log_path, "a")
        self.process = subprocess.Popen(self.command(), cwd=self.settings.root, stdout=subprocess.PIPE,
                                        stderr=self.log, text=True)
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
    """One application node (java -jar) on the shared PostgreSQL. `port` is the base port; the
    node listens on it plus the run's port offset. Every start is recorded in `started`."""

    def __init__(self, settings, name, port, workdir, extra_env=None, started=None):
        self.settings = settings
        self.name, self.port, self.workdir = name, settings.app_port(port), workdir
        self.extra_env = extra_env or {}
        self.started = started if started is not None else []
        self.process = None
        self.base = f"http://127.0.0.1:{self.port}"
        self.authorization = settings.authorization

    def environment(self, environ=None):
        admin = self.settings.admin
        return dict(os.environ if environ is None else environ,
                    PORT=str(self.port),
                    KOMMUNSTOD_DB_URL=self.settings.db_url,
                    KOMMUNSTOD_DB_USER="postgres", KOMMUNSTOD_DB_PASSWORD="postgres",
                    KOMMUNSTOD_ADMIN_USER=admin[0], KOMMUNSTOD_ADMIN_PASSWORD=admin[1],
                    SERVER_ADDRESS="127.0.0.1", **self.extra_env)

    def start(self, timeout=None):
        timeout = self.settings.start_timeout if timeout is None else timeout
        target = self.settings.path("target")
        jar = next(os.path.join(target, f) for f in os.listdir(target)
                   if f.startswith("kommunstod-") and f.endswith(".jar"))
        log = open(os.path.join(self.workdir, f"{self.name}.log"), "a")
        self.process = subprocess.Popen(["java", "-Xmx512m", "-jar", jar], cwd=self.workdir, env=self.environment(),
                                        stdout=log, stderr=subprocess.STDOUT)
        self.started.append(self)
        began = time.time()
        while time.time() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited, see {self.name}.log")
            try:
                if client.rest(self, "GET", "/engine-rest/version")[0] == 200:
                    return time.time() - began
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


class Bench:
    """One scenario's world: the run's settings and results, its log directory, its own PostgreSQL
    and the nodes it started (only those are killed at the end, never another run's)."""

    def __init__(self, settings, workdir, results):
        self.settings, self.workdir, self.results = settings, workdir, results
        self.pg = Postgres(settings, workdir)
        self.nodes = []

    def node(self, name, port, extra_env=None):
        return Node(self.settings, name, port, self.workdir, extra_env, self.nodes)

    def check(self, condition, what):
        return self.results.check(condition, what)

    def deploy_bench_models(self, node):
        client.deploy_bench_models(node, self.settings.root)

    def shut_down(self):
        for node in self.nodes:  # only this run's nodes, never another run's on the same machine
            if node.process.poll() is None:
                node.kill()
        self.nodes.clear()
        self.pg.stop()
