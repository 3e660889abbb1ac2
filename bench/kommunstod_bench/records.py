"""What a support case's domain records say (read through the app's /api), and which user tasks
write one: the tasks with a `camunda:taskListener event="complete"` (docs/records.md), read from
the models in processes/ so that the benchmark follows the models rather than a copy of them."""
import dataclasses
import glob
import os
import xml.etree.ElementTree as ElementTree

from . import client

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
CAMUNDA = "{http://camunda.org/schema/1.0/bpmn}"
LIFECYCLE = "supportCase"


@dataclasses.dataclass(frozen=True)
class UserTask:
    process: str
    id: str
    form_ref: str
    complete_listeners: tuple  # the expression or delegate expression of each listener on "complete"


@dataclasses.dataclass(frozen=True)
class Process:
    id: str
    user_tasks: tuple
    called: tuple  # process keys of its call activities


def read_models(root):
    """Every executable process of processes/*.bpmn, by key."""
    processes = {}
    for path in sorted(glob.glob(os.path.join(root, "processes", "*.bpmn"))):
        for process in ElementTree.parse(path).getroot().iter(f"{BPMN}process"):
            key = process.get("id")
            tasks = tuple(UserTask(key, task.get("id"), task.get(f"{CAMUNDA}formRef"),
                                   tuple(listener.get("expression") or listener.get("delegateExpression")
                                         or listener.get("class") or ""
                                         for listener in task.iter(f"{CAMUNDA}taskListener")
                                         if listener.get("event") == "complete"))
                          for task in process.iter(f"{BPMN}userTask"))
            called = tuple(call.get("calledElement") for call in process.iter(f"{BPMN}callActivity"))
            processes[key] = Process(key, tasks, called)
    return processes


def lifecycle_processes(models, start=LIFECYCLE):
    """The process keys a case runs through: `start` and, transitively, what its call activities call."""
    reached, pending = [], [start]
    while pending:
        key = pending.pop(0)
        if key in reached:
            continue
        if key not in models:
            raise ValueError(f"{key} is called but no model in processes/ defines it")
        reached.append(key)
        pending.extend(models[key].called)
    return reached


def recorded_tasks(root, start=LIFECYCLE):
    """The user tasks of a case's lifecycle with a record listener (a task listener on complete):
    task id -> UserTask, in model order."""
    models = read_models(root)
    return {task.id: task for key in lifecycle_processes(models, start) for task in models[key].user_tasks
            if task.complete_listeners}


def _pictures(contributor):
    return lambda r: sum(p["contributor"] == contributor for p in r["pictures"])


# How many records a task's completions leave in a case's /api views (see case_records): one per
# completion, none for an open task. One rule for every lifecycle task with a record listener in
# the models, and no other (bench/tests/test_records.py, and record_rules at run time).
RECORD_COUNTS = {
    "Task_SituationPictureMunicipality": _pictures("MUNICIPALITY"),
    "Task_SituationPicturePolice": _pictures("POLICE"),
    "Task_SituationPictureSocialServices": _pictures("SOCIAL_SERVICES"),
    "Task_JointAnalysis": _pictures("JOINT"),
    "Task_KickOff": lambda r: int(r["plan"] is not None),
    "Task_PrepareAgenda": lambda r: len(r["meetings"]),
    # a follow-up leaves a comment or a dated status (a change, or a note) at that meeting
    "Task_FollowUpOpenItems": lambda r: sum(bool(m.get("openItemsStatus")) or any(
        h.get("meetingId") == m.get("id") for item in r.get("actionItems", []) for h in (item.get("history") or [])[1:])
        for m in r["meetings"]),
    "Task_ActorReport": lambda r: sum(len(m.get("actorReports") or []) for m in r["meetings"]),
    "Task_RecordDecisions": lambda r: sum(bool(m.get("decisions")) for m in r["meetings"]),
    "Task_PlanIntervention": lambda r: len(r["interventions"]),
    "Task_FollowUpIntervention": lambda r: sum(len(i.get("followUps") or []) for i in r["interventions"]),
    "Task_RecordOutcome": lambda r: sum(bool(i.get("outcomeRating")) for i in r["interventions"]),
    "Task_FollowUpIndicators": lambda r: int(bool(r["evaluation"].get("indicatorTrend"))),
    "Task_ParticipantsAssessment": lambda r: len(r.get("survey", [])),
    "Task_Evaluate": lambda r: int(bool(r["evaluation"].get("goalsAchieved"))),
    "Task_CloseWithLessonsLearned": lambda r: len(r["lessons"]),
}


def rule_mismatches(recorded, counts=None):
    """What does not match between the models' recorded tasks and the counting rules, as sentences."""
    counts = RECORD_COUNTS if counts is None else counts
    problems = [f"{task} has a record listener ({', '.join(recorded[task].complete_listeners)}) but no counting "
                f"rule in records.RECORD_COUNTS" for task in recorded if task not in counts]
    problems += [f"{task} has a counting rule but no record listener in the lifecycle's models"
                 for task in counts if task not in recorded]
    return problems


def record_rules(root, counts=None):
    """The counting rule of every lifecycle task with a record listener, read from the models;
    raises when a model task has no rule or a rule has no task."""
    counts = RECORD_COUNTS if counts is None else counts
    recorded = recorded_tasks(root)
    problems = rule_mismatches(recorded, counts)
    if problems:
        raise ValueError("the record counting rules do not match the models: " + "; ".join(problems))
    return {task: counts[task] for task in counts}


def case_records(node, business_key):
    """What the domain records of one case say, read through the app's /api as the administrator."""
    base = f"/api/support-cases/{business_key}"
    return {"pictures": client.page(node, base + "/situation-pictures?size=100"),
            "plan": client.optional(node, base + "/activity-plan"),
            "meetings": client.page(node, base + "/meetings?size=100"),
            "interventions": client.page(node, base + "/interventions?size=100"),
            "evaluation": client.optional(node, base + "/evaluation") or {},
            "actionItems": client.optional(node, base + "/action-items") or [],
            "survey": client.optional(node, base + "/survey") or [],
            "lessons": client.page(node, base + "/lessons?size=100")}


def engine_state(node, prefix):
    """The engine's view of the cases with a business key prefix: business key per process instance
    (cases and their meetings and interventions), the finished user tasks and the open ones."""
    instances = client.list_all(node, "/engine-rest/history/process-instance?processInstanceBusinessKeyLike="
                                      f"{prefix}%25")
    business_keys = {i["id"]: i["businessKey"] for i in instances if (i["businessKey"] or "").startswith(prefix)}
    finished = [t for t in client.list_all(node, f"/engine-rest/history/task?processInstanceBusinessKeyLike="
                                                 f"{prefix}%25&finished=true")
                if t["processInstanceId"] in business_keys]
    still_open = [t for t in client.list_all(node, f"/engine-rest/task?processInstanceBusinessKeyLike={prefix}%25")
                  if t["processInstanceId"] in business_keys]
    return instances, business_keys, finished, still_open


def compare(rules, records_of, case_keys, finished, still_open, business_keys):
    """Per case and task: records in /api against completions in the engine's history.
    Returns (completed, waiting, mismatches); `records_of(business_key)` reads a case's records."""
    completed, waiting = {}, {}
    for task in finished:
        if task["taskDefinitionKey"] in rules and task.get("deleteReason") == "completed":
            slot = (business_keys[task["processInstanceId"]], task["taskDefinitionKey"])
            completed[slot] = completed.get(slot, 0) + 1
    for task in still_open:
        if task["taskDefinitionKey"] in rules:
            slot = (business_keys[task["processInstanceId"]], task["taskDefinitionKey"])
            waiting[slot] = waiting.get(slot, 0) + 1
    mismatches = []
    for business_key in case_keys:
        records = records_of(business_key)
        for task_key, recorded in rules.items():
            expected = completed.get((business_key, task_key), 0)
            if recorded(records) != expected:
                mismatches.append(f"{business_key} {task_key}: {recorded(records)} records for {expected} completions"
                                  f" ({waiting.get((business_key, task_key), 0)} open)")
    return completed, waiting, mismatches


def check_records_agree(results, rules, node, case_keys, finished, still_open, business_keys, when):
    """(c) per case and task: records in /api == completions in the engine's history; an open task has none."""
    completed, waiting, mismatches = compare(rules, lambda key: case_records(node, key), case_keys, finished,
                                             still_open, business_keys)
    results.check(not mismatches, f"{when}: records and engine agree for {len(case_keys)} cases: "
                                  f"{sum(completed.values())} completions of tasks with a record listener each "
                                  f"left exactly one record, the {sum(waiting.values())} open ones none "
                                  f"{mismatches[:5]}")
