"""The REST driver of the support-case lifecycle (throughput and lifecycle-kill scenarios)."""
import concurrent.futures
import http.client
import threading
import time

from . import client, forms

MUNICIPALITIES = ["linkoping", "sodertalje", "sigtuna", "trollhattan", "goteborg"]


def support_case_variables(i):
    """The start variables of the benchmark's support cases: municipalities in turn, the meeting due
    after 1 s (once) and the interventions followed up after 1 s."""
    return {"municipalityCode": MUNICIPALITIES[i % len(MUNICIPALITIES)], "meetingCycle": "R1/PT1S",
            "followUpInterval": "PT1S"}


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
            status, answer = client.rest(self.node, "POST", f"/engine-rest/process-definition/key/{key}/start",
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
                status, tasks = client.rest(self.node, "GET", f"/engine-rest/task?processInstanceBusinessKeyLike="
                                                              f"{self.prefix}%25&maxResults=1000000", timeout=120)
                if status != 200:
                    raise RuntimeError(f"task query: {status} {tasks}")
                if tasks:
                    self._in_parallel(tasks, lambda t: t["processInstanceId"], self._complete_one)
                elif client.count(self.node, "/engine-rest/process-instance/count?businessKeyLike="
                                             f"{self.prefix}%25") == 0:
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
                status, form = client.rest(self.node, "GET", f"/engine-rest/task/{task['id']}/deployed-form")
                if status != 200:
                    raise RuntimeError(f"form of {task['taskDefinitionKey']}: {status} {form}")
                values = forms.fill_form(self.node, task["id"], form)
            filled = time.perf_counter()
            status, answer = client.rest(self.node, "POST", f"/engine-rest/task/{task['id']}/complete",
                                         {"variables": values})
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
