"""The settings of one run, built once by the command line and passed to what needs them."""
import base64
import dataclasses
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADMIN = ("benchadmin", "bench-admin-password")
PG_PORT_VARIABLE = "KOMMUNSTOD_BENCH_PG_PORT"
DEFAULT_PG_PORT = 55432
START_TIMEOUT_VARIABLE = "KOMMUNSTOD_BENCH_START_TIMEOUT"
DEFAULT_START_TIMEOUT = 180


def default_pg_port(environ=None):
    """The PostgreSQL port when --pg-port is not given: KOMMUNSTOD_BENCH_PG_PORT, else 55432."""
    environ = os.environ if environ is None else environ
    return int(environ.get(PG_PORT_VARIABLE, str(DEFAULT_PG_PORT)))


def default_start_timeout(environ=None):
    """Seconds a node may take to answer after its start: KOMMUNSTOD_BENCH_START_TIMEOUT, else 180
    (a node takes about 90 s on the loaded 2-core machine, more when it is very busy)."""
    environ = os.environ if environ is None else environ
    return int(environ.get(START_TIMEOUT_VARIABLE, str(DEFAULT_START_TIMEOUT)))


@dataclasses.dataclass(frozen=True)
class Settings:
    """Where a run's processes listen and where the repository is.

    `port_offset` is added to every app port (21081..21091 by default), so two runs on one machine
    do not collide; `pg_port` is the port of the run's own PostgreSQL; `start_timeout` how long a
    node may take to start."""

    pg_port: int = DEFAULT_PG_PORT
    port_offset: int = 0
    start_timeout: int = DEFAULT_START_TIMEOUT
    root: str = ROOT
    admin: tuple = ADMIN

    def app_port(self, base_port):
        return base_port + self.port_offset

    @property
    def db_url(self):
        return f"jdbc:postgresql://127.0.0.1:{self.pg_port}/postgres"

    @property
    def authorization(self):
        return "Basic " + base64.b64encode(f"{self.admin[0]}:{self.admin[1]}".encode()).decode()

    def path(self, *parts):
        return os.path.join(self.root, *parts)
