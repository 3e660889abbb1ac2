"""Throughput over REST: the support-case lifecycle (every form filled) against the engine's floor,
a one-user-task process on the same engine and database (docs/throughput.md)."""
import os
import statistics
import time

from ..checks import p95
from ..client import count
from ..driver import Driver, support_case_variables


def drive(node, key, prefix, cases, workers, start_variables, with_forms):
    """Starts the cases and drives them to their end."""
    driver = Driver(node, prefix, workers, with_forms)
    start_s = driver.start(key, cases, start_variables)
    driving = time.perf_counter()
    driver.run()
    return {"cases": cases, "tasks": len(driver.latencies), "start_s": start_s,
            "drive_s": time.perf_counter() - driving,
            "latencies": driver.latencies, "form_times": driver.form_times if with_forms else [],
            "errors": driver.errors, "conflicts": driver.conflicts}


def describe(result):
    total = result["start_s"] + result["drive_s"]
    return (f"{result['cases']:,} cases in {total:.1f} s (start {result['start_s']:.1f} s + drive "
            f"{result['drive_s']:.1f} s): {result['cases'] / total:.2f} cases/s; {result['tasks']:,} tasks "
            f"({result['tasks'] / result['cases']:.1f} per case) "
            f"at {result['tasks'] / result['drive_s']:.1f} tasks/s; completion latency "
            f"p50 {statistics.median(result['latencies']) * 1000:.1f} ms p95 {p95(result['latencies']) * 1000:.1f} ms; "
            + (f"form read+fill p95 {p95(result['form_times']) * 1000:.1f} ms" if result["form_times"] else "no form"))


def throughput(bench, cases, workers, levels, warm_up, output):
    lines = []

    def say(text):
        print(text, flush=True)
        lines.append(text)

    say(f"\n== Throughput over REST: {cases} support cases vs {cases} one-task instances, {workers} client threads, "
        f"history {','.join(levels)} ({time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f})")
    case_variables = support_case_variables
    for level in levels:
        bench.pg.wipe()
        bench.pg.start()
        node = bench.node(f"node-throughput-{level}", 21087, {"CAMUNDA_BPM_HISTORY_LEVEL": level})
        node.start()
        bench.deploy_bench_models(node)
        drive(node, "benchOneTask", "warmfloor-", warm_up, workers, lambda i: {}, False)
        drive(node, "supportCase", "warmcase-", warm_up, workers, case_variables, True)
        floor = drive(node, "benchOneTask", "floor-", cases, workers, lambda i: {}, False)
        lifecycle = drive(node, "supportCase", "bench-", cases, workers, case_variables, True)
        say(f"History level {level} (load average {os.getloadavg()[0]:.1f} after the run):")
        say(f"  floor      {describe(floor)}")
        say(f"  lifecycle  {describe(lifecycle)}")
        f_total, l_total = floor["start_s"] + floor["drive_s"], lifecycle["start_s"] + lifecycle["drive_s"]
        say(f"  ratio lifecycle/floor: {l_total / f_total:.1f} x the time per case, "
            f"{(floor['tasks'] / floor['drive_s']) / (lifecycle['tasks'] / lifecycle['drive_s']):.2f} "
            f"x the time per task, "
            f"{p95(lifecycle['latencies']) / p95(floor['latencies']):.2f} x the p95 completion latency")
        print(f"  409 conflicts with the job executor, retried: floor {len(floor['conflicts'])}, "
              f"lifecycle {len(lifecycle['conflicts'])} {sorted(set(lifecycle['conflicts']))}")
        bench.check(not floor["errors"] and not lifecycle["errors"],
                    f"every task completed without an error ({(floor['errors'] + lifecycle['errors'])[:3]})")
        bench.check(count(node, "/engine-rest/process-instance/count?businessKeyLike=bench-%25") == 0,
                    f"all {cases} support cases ended")
        bench.check(count(node, "/engine-rest/incident/count") == 0, "no incidents")
        node.stop()
        bench.nodes.remove(node)
    if output:
        with open(bench.settings.path(output), "w", encoding="utf-8") as out:
            out.write("\n".join(lines).lstrip() + "\n")
