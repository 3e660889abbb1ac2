"""The run's settings from the command line, and the ports and environment of the nodes."""
import base64
import io
import os
import shutil
import tempfile
import unittest
from contextlib import redirect_stderr

from helpers import ROOT

from kommunstod_bench import cli
from kommunstod_bench.checks import Results
from kommunstod_bench.infrastructure import Bench, Node, Postgres
from kommunstod_bench.settings import ADMIN, Settings, default_pg_port


class CommandLine(unittest.TestCase):

    def test_defaults(self):
        args, settings = cli.parse([], environ={})
        self.assertEqual(args.scenarios, ["cluster", "kill", "lifecycle-kill", "postgres", "race", "load"])
        self.assertEqual((args.instances, args.users, args.seconds, args.nodes), (200, 50, 60, 1))
        self.assertEqual((args.cases, args.workers, args.history_levels, args.warm_up, args.output),
                         (1000, 2, "full", 20, None))
        self.assertEqual(args.job_settings, "kommunstod")
        self.assertEqual(settings, Settings(pg_port=55432, port_offset=0))
        self.assertEqual(settings.root, ROOT)

    def test_the_postgres_port_from_the_environment_unless_given(self):
        self.assertEqual(default_pg_port({"KOMMUNSTOD_BENCH_PG_PORT": "56000"}), 56000)
        self.assertEqual(cli.parse([], environ={"KOMMUNSTOD_BENCH_PG_PORT": "56000"})[1].pg_port, 56000)
        self.assertEqual(cli.parse(["--pg-port", "57611"], environ={"KOMMUNSTOD_BENCH_PG_PORT": "56000"})[1].pg_port,
                         57611)

    def test_the_start_timeout_from_the_environment(self):
        self.assertEqual(cli.parse([], environ={})[1].start_timeout, 180)
        self.assertEqual(cli.parse([], environ={"KOMMUNSTOD_BENCH_START_TIMEOUT": "600"})[1].start_timeout, 600)

    def test_the_race_run_of_the_brief(self):
        args, settings = cli.parse(["race", "--instances", "20", "--pg-port", "57611", "--port-offset", "3100"],
                                   environ={})
        self.assertEqual(args.scenarios, ["race"])
        self.assertEqual(args.instances, 20)
        self.assertEqual((settings.pg_port, settings.port_offset), (57611, 3100))

    def test_throughput_sh_arguments(self):
        args, settings = cli.parse(["throughput", "--cases", "100", "--workers", "2", "--history-levels", "full,none",
                                    "--pg-port", "56432", "--port-offset", "1000", "--output",
                                    "docs/throughput-rest.txt"], environ={})
        self.assertEqual((args.cases, args.history_levels.split(","), args.output),
                         (100, ["full", "none"], "docs/throughput-rest.txt"))
        self.assertEqual(settings.app_port(21087), 22087)

    def test_every_scenario_has_a_run_and_unknown_ones_are_refused(self):
        args, _ = cli.parse([], environ={})
        self.assertEqual(set(cli.scenario_runs(args)),
                         {"cluster", "kill", "lifecycle-kill", "postgres", "race", "load", "jobs", "throughput"})
        with redirect_stderr(io.StringIO()), self.assertRaises(SystemExit):
            cli.parse(["rcae"], environ={})


class Ports(unittest.TestCase):

    def setUp(self):
        self.workdir = tempfile.mkdtemp(prefix="bench-settings-test-")
        self.addCleanup(shutil.rmtree, self.workdir, ignore_errors=True)

    def test_a_node_listens_on_its_port_plus_the_offset(self):
        node = Node(Settings(port_offset=3100), "node-race", 21085, self.workdir)
        self.assertEqual(node.port, 24185)
        self.assertEqual(node.base, "http://127.0.0.1:24185")

    def test_a_node_is_started_on_the_runs_postgres_as_the_administrator(self):
        settings = Settings(pg_port=57611, port_offset=10)
        env = Node(settings, "n", 21081, self.workdir, {"EXTRA": "1"}).environment({"PATH": "/bin"})
        self.assertEqual(env, {"PATH": "/bin", "PORT": "21091",
                               "KOMMUNSTOD_DB_URL": "jdbc:postgresql://127.0.0.1:57611/postgres",
                               "KOMMUNSTOD_DB_USER": "postgres", "KOMMUNSTOD_DB_PASSWORD": "postgres",
                               "KOMMUNSTOD_ADMIN_USER": ADMIN[0], "KOMMUNSTOD_ADMIN_PASSWORD": ADMIN[1],
                               "SERVER_ADDRESS": "127.0.0.1", "EXTRA": "1"})
        self.assertEqual(base64.b64decode(settings.authorization.split()[1]).decode(), f"{ADMIN[0]}:{ADMIN[1]}")

    def test_postgres_is_started_on_the_runs_port(self):
        root = tempfile.mkdtemp(prefix="bench-settings-root-")
        self.addCleanup(shutil.rmtree, root, ignore_errors=True)
        os.mkdir(os.path.join(root, "target"))
        with open(os.path.join(root, "target", "bench.classpath"), "w") as file:
            file.write("a.jar:b.jar\n")
        command = Postgres(Settings(pg_port=57611, root=root), self.workdir).command()
        self.assertEqual(command, ["java", "-cp", "target/test-classes:a.jar:b.jar",
                                   "se.kommunstod.bench.StandalonePostgres", "57611",
                                   os.path.join(self.workdir, "pgdata")])

    def test_a_bench_knows_only_the_nodes_it_started(self):
        bench = Bench(Settings(port_offset=5), self.workdir, Results(io.StringIO()))
        node = bench.node("node-x", 21086, {"A": "b"})
        self.assertEqual((node.port, node.extra_env, node.workdir), (21091, {"A": "b"}, self.workdir))
        self.assertEqual(bench.nodes, [])  # recorded when started, not when made
        self.assertIs(node.started, bench.nodes)
        other = Bench(Settings(), self.workdir, bench.results)
        self.assertIsNot(other.nodes, bench.nodes)


if __name__ == "__main__":
    unittest.main()
