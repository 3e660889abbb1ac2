"""The app SIGKILLed in the middle of real support-case lifecycles, restarted, and the records
checked against the engine's history (docs/faults.md)."""
import threading
import time

from .. import records
from ..client import count, list_all, wait_until
from ..driver import Driver, support_case_variables


def lifecycle_kill(bench, cases, workers=4, warm_up=5):
    rules = records.record_rules(bench.settings.root)  # the tasks with a record listener, from the models
    print(f"\n== Fault: the app killed (SIGKILL) in the middle of {cases} support-case lifecycles and restarted, "
          f"{workers} client threads")
    node = bench.node("node-lifecycle-kill", 21088)
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
          f"({len({a[1] for a in acknowledged})} different tasks); {driver.unanswered} requests in flight got "
          f"no answer")
    bench.check(not failure and not driver.errors, f"no error before the kill {(failure + driver.errors)[:3]}")
    restart_s = node.start()
    print(f"  restarted in {restart_s:.1f} s (down {time.time() - killed_at:.1f} s)")

    # (a) every acknowledged completion is in history, as a completion
    instances, business_keys, finished, still_open = records.engine_state(node, prefix)
    completed_ids = {t["id"] for t in finished if t.get("deleteReason") == "completed"}
    missing = [a for a in acknowledged if a[0] not in completed_ids]
    bench.check(not missing, f"every acknowledged completion is in history: {len(acknowledged) - len(missing)} of "
                             f"{len(acknowledged)} ({len(completed_ids)} completed in all, the difference committed "
                             f"without an answer) {missing[:3]}")
    # (b) no instance lost
    state = {i["id"]: i["state"] for i in instances}
    running = {i["id"] for i in list_all(node, f"/engine-rest/process-instance?businessKeyLike={prefix}%25")}
    lost = [i for i in driver.started if not (i in running or state.get(i) == "COMPLETED")]
    finished_cases = sum(state.get(i) == "COMPLETED" for i in driver.started)
    bench.check(not lost and len(driver.started) == cases,
                f"no case lost: {len(driver.started) - finished_cases} running + {finished_cases} finished = {cases} "
                f"{lost[:3]}")
    # (c) records and engine agree: the record is written in the completion's transaction
    case_keys = [f"{prefix}{i}" for i in range(cases)]
    records.check_records_agree(bench.results, rules, node, case_keys, finished, still_open, business_keys,
                                "after the kill")

    # (d) the driver continues and every case reaches its end
    after = Driver(node, prefix, workers, True)
    resumed = time.time()
    ended = after.run(timeout=900)
    took = time.time() - resumed
    print(f"  after the restart: {len(after.acknowledged)} more completions in {took:.1f} s "
          f"({len(after.conflicts)} answered 409 and retried)")
    bench.check(ended and not after.errors, f"every case reaches its end after the restart {after.errors[:3]}")
    instances, business_keys, finished, still_open = records.engine_state(node, prefix)
    completed_cases = sum(i["state"] == "COMPLETED" for i in instances if i["id"] in set(driver.started))
    bench.check(completed_cases == cases, f"all {cases} cases completed in history ({completed_cases})")
    every_ack = [a[0] for a in acknowledged + after.acknowledged]
    completed_total = sum(t.get("deleteReason") == "completed" for t in finished)
    unasked = completed_total - len(every_ack)
    bench.check(len(set(every_ack)) == len(every_ack) and 0 <= unasked <= driver.unanswered,
                f"nothing completed twice or unasked: {completed_total} completions in history = {len(every_ack)} "
                f"acknowledged + {unasked} committed while the answer was lost (at most the {driver.unanswered} "
                f"in flight)")
    records.check_records_agree(bench.results, rules, node, case_keys, finished, still_open, business_keys,
                                "at the end")
    bench.check(count(node, "/engine-rest/incident/count") == 0, "no incidents")
    node.stop()
