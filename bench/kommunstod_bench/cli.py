"""Kommunstöd under faults, load and a two-node cluster, on one real PostgreSQL 17.

Run through bench/run.sh, which builds the jar and the classpath of the PostgreSQL launcher.
Every scenario starts from an empty database, drives the real application over its engine REST
API on 127.0.0.1 and checks what the engine's history says afterwards. Prints figures; exits 1
when a check fails.
"""
import argparse
import sys
import tempfile

from .checks import Results
from .infrastructure import Bench
from .scenarios import cluster, faults, jobs, lifecycle_kill, load, throughput
from .settings import Settings, default_pg_port, default_start_timeout

DEFAULT_SCENARIOS = ["cluster", "kill", "lifecycle-kill", "postgres", "race", "load"]


def scenario_runs(args):
    """Each scenario's name and how to run it with the command line's sizes, given a Bench."""
    return {"cluster": lambda bench: cluster.cluster(bench, args.instances),
            "kill": lambda bench: faults.kill_and_restart(bench, args.instances),
            "lifecycle-kill": lambda bench: lifecycle_kill.lifecycle_kill(bench, args.instances),
            "postgres": lambda bench: faults.postgres_restart(bench, args.instances),
            "race": lambda bench: faults.same_task_twice(bench, min(args.instances, 50)),
            "load": lambda bench: load.load(bench, args.users, args.seconds),
            "jobs": lambda bench: jobs.jobs(bench, args.instances, args.job_settings, args.nodes),
            "throughput": lambda bench: throughput.throughput(bench, args.cases, args.workers,
                                                              args.history_levels.split(","), args.warm_up,
                                                              args.output)}


def parser(environ=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenarios", nargs="*", default=list(DEFAULT_SCENARIOS))
    parser.add_argument("--instances", type=int, default=200)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--job-settings", choices=sorted(jobs.JOB_SETTINGS), default="kommunstod")
    parser.add_argument("--nodes", type=int, default=1)
    parser.add_argument("--cases", type=int, default=1000, help="throughput: support cases (and floor instances)")
    parser.add_argument("--workers", type=int, default=2, help="throughput: client threads")
    parser.add_argument("--history-levels", default="full", help="throughput: comma-separated, e.g. full,activity")
    parser.add_argument("--warm-up", type=int, default=20, help="throughput: cases of each process first, not counted")
    parser.add_argument("--output", default=None, help="throughput: also write the figures to this file")
    parser.add_argument("--pg-port", type=int, default=default_pg_port(environ), help="PostgreSQL port (default 55432)")
    parser.add_argument("--port-offset", type=int, default=0, help="added to every app port (21081..21091)")
    return parser


def parse(argv=None, environ=None):
    """The command line's arguments and the run's Settings; unknown scenario names are refused."""
    args = parser(environ).parse_args(argv)
    runs = scenario_runs(args)
    unknown = [name for name in args.scenarios if name not in runs]
    if unknown:
        parser(environ).error(f"unknown scenario(s) {', '.join(unknown)}; choose from {', '.join(runs)}")
    return args, Settings(pg_port=args.pg_port, port_offset=args.port_offset,
                          start_timeout=default_start_timeout(environ))


def main(argv=None):
    args, settings = parse(argv)
    runs = scenario_runs(args)
    results = Results()
    workdir = tempfile.mkdtemp(prefix="kommunstod-bench-")
    print(f"logs in {workdir}")
    for name in args.scenarios:
        bench = Bench(settings, workdir, results)
        bench.pg.wipe()
        bench.pg.start()
        try:
            runs[name](bench)
        finally:
            bench.shut_down()
    print("\n" + results.summary())
    sys.exit(results.exit_code())
