"""REST helpers for one application node (anything with `base` and `authorization`)."""
import json
import os
import time
import urllib.error
import urllib.request
import uuid


def rest(node, method, path, body=None, content_type="application/json", timeout=30):
    """One request as the administrator: (status, parsed JSON answer, or the text when it is not JSON)."""
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(node.base + path, data=data, method=method,
                                     headers={"Authorization": node.authorization, "Content-Type": content_type})
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


def deploy_bench_models(node, root):
    """Deploys bench/models/bench-timer.bpmn (benchTimer, benchOneTask, benchJobs) to the node."""
    boundary = uuid.uuid4().hex
    with open(os.path.join(root, "bench/models/bench-timer.bpmn"), "rb") as file:
        model = file.read()
    disposition = f"--{boundary}\r\nContent-Disposition: form-data; "
    parts = [f"{disposition}name=\"deployment-name\"\r\n\r\nbench\r\n".encode(),
             f"{disposition}name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n".encode(),
             f"{disposition}name=\"bench-timer.bpmn\"; filename=\"bench-timer.bpmn\"\r\n"
             f"Content-Type: application/xml\r\n\r\n".encode() + model + b"\r\n",
             f"--{boundary}--\r\n".encode()]
    status, answer = rest(node, "POST", "/engine-rest/deployment/create", b"".join(parts),
                          content_type=f"multipart/form-data; boundary={boundary}")
    if status != 200:
        raise RuntimeError(f"deployment failed: {status} {answer}")


def start_instances(node, key, count, variables=None):
    """Starts `count` instances of `key` one after the other; a variable may be a function of the index."""
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
    """Completes a task without variables: (status, seconds, answer); status 0 when the connection failed."""
    started = time.perf_counter()
    try:
        status, answer = rest(node, "POST", f"/engine-rest/task/{task_id}/complete", {})
    except OSError as error:
        status, answer = 0, str(error)
    return status, time.perf_counter() - started, answer


def page(node, path):
    """The content of one page of an /api list."""
    status, answer = rest(node, "GET", path)
    if status != 200:
        raise RuntimeError(f"{path}: {status} {answer}")
    return answer["content"]


def optional(node, path):
    """An /api resource that may not exist yet: its JSON, or None for 404."""
    status, answer = rest(node, "GET", path)
    if status not in (200, 404):
        raise RuntimeError(f"{path}: {status} {answer}")
    return answer if status == 200 else None


def list_all(node, path):
    """Every row of an engine REST list query (path already has a query string)."""
    status, answer = rest(node, "GET", path + "&maxResults=1000000", timeout=120)
    if status != 200:
        raise RuntimeError(f"{path}: {status} {answer}")
    return answer


def wait_until(predicate, timeout, step=1.0):
    started = time.time()
    while time.time() - started < timeout:
        if predicate():
            return True
        time.sleep(step)
    return False
