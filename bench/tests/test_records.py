"""Which tasks leave a record comes from the models (processes/*.bpmn); the counting rules follow them."""
import os
import shutil
import tempfile
import unittest

from helpers import ROOT

from kommunstod_bench import records

SYNTHETIC = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="outer" isExecutable="true">
    <bpmn:userTask id="Task_Written" camunda:formRef="written">
      <bpmn:extensionElements>
        <camunda:taskListener expression="${things.write(task)}" event="complete" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:userTask id="Task_OnlyCreate" camunda:formRef="plain">
      <bpmn:extensionElements>
        <camunda:taskListener expression="${things.notify(task)}" event="create" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:subProcess id="Sub">
      <bpmn:callActivity id="Call" calledElement="inner" />
    </bpmn:subProcess>
  </bpmn:process>
  <bpmn:process id="inner" isExecutable="true">
    <bpmn:subProcess id="InnerSub">
      <bpmn:userTask id="Task_Nested">
        <bpmn:extensionElements>
          <camunda:taskListener delegateExpression="${nestedRecorder}" event="complete" />
        </bpmn:extensionElements>
      </bpmn:userTask>
    </bpmn:subProcess>
  </bpmn:process>
  <bpmn:process id="elsewhere" isExecutable="true">
    <bpmn:userTask id="Task_Elsewhere">
      <bpmn:extensionElements>
        <camunda:taskListener expression="${other.write(task)}" event="complete" />
      </bpmn:extensionElements>
    </bpmn:userTask>
  </bpmn:process>
</bpmn:definitions>
"""


class TheRealModels(unittest.TestCase):

    def test_every_task_with_a_record_listener_has_a_counting_rule_and_every_rule_a_task(self):
        recorded = records.recorded_tasks(ROOT)
        self.assertEqual(records.rule_mismatches(recorded), [])
        self.assertEqual(set(recorded), set(records.RECORD_COUNTS))

    def test_the_rules_for_a_run_are_the_models_tasks(self):
        self.assertEqual(set(records.record_rules(ROOT)), set(records.recorded_tasks(ROOT)))

    def test_a_case_runs_through_the_support_case_and_what_it_calls(self):
        models = records.read_models(ROOT)
        self.assertEqual(records.lifecycle_processes(models), ["supportCase", "intervention", "cooperationMeeting"])

    def test_the_listeners_are_the_ones_docs_records_md_names(self):
        recorded = records.recorded_tasks(ROOT)
        self.assertEqual(recorded["Task_SituationPicturePolice"].complete_listeners,
                         ("${situationPictureTasks.record(task, 'police')}",))
        self.assertEqual(recorded["Task_ActorReport"].process, "cooperationMeeting")
        self.assertEqual(recorded["Task_PlanIntervention"].form_ref, "intervention-plan")

    def test_tasks_without_a_record_listener_and_the_programmes_tasks_are_not_counted(self):
        recorded = records.recorded_tasks(ROOT)
        for task in ("Task_EscalateKickOff", "Task_EscalatePlan", "Task_DecideApplication", "Task_HoldGathering"):
            self.assertNotIn(task, recorded)


class ReadingModels(unittest.TestCase):

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="bench-records-test-")
        self.addCleanup(shutil.rmtree, self.root, ignore_errors=True)
        os.mkdir(os.path.join(self.root, "processes"))
        with open(os.path.join(self.root, "processes", "synthetic.bpmn"), "w", encoding="utf-8") as file:
            file.write(SYNTHETIC)

    def test_only_complete_listeners_count_nested_and_called_processes_included(self):
        recorded = records.recorded_tasks(self.root, start="outer")
        self.assertEqual(list(recorded), ["Task_Written", "Task_Nested"])
        self.assertEqual(recorded["Task_Nested"].complete_listeners, ("${nestedRecorder}",))

    def test_a_task_without_a_rule_and_a_rule_without_a_task_are_both_named(self):
        recorded = records.recorded_tasks(self.root, start="outer")
        problems = records.rule_mismatches(recorded, {"Task_Written": len, "Task_Gone": len})
        self.assertEqual(len(problems), 2)
        self.assertIn("Task_Nested has a record listener (${nestedRecorder}) but no counting rule", problems[0])
        self.assertIn("Task_Gone has a counting rule but no record listener", problems[1])

    def test_the_run_refuses_rules_that_do_not_match_the_models(self):
        with self.assertRaisesRegex(ValueError, "do not match the models"):
            records.record_rules(ROOT, {"Task_SituationPicturePolice": len})

    def test_a_called_process_without_a_model_is_refused(self):
        models = records.read_models(self.root)
        models.pop("inner")
        with self.assertRaisesRegex(ValueError, "inner is called"):
            records.lifecycle_processes(models, "outer")


class Counting(unittest.TestCase):
    CASE = {"pictures": [{"contributor": "POLICE"}, {"contributor": "JOINT"}],
            "plan": {"goal": "x"},
            "meetings": [{"openItemsStatus": "ok", "actorReports": [{}, {}], "decisions": []}],
            "interventions": [{"followUps": [{}, {}], "outcomeRating": None}],
            "evaluation": {},
            "survey": [{"organisation": "POLICE"}],
            "lessons": []}

    def test_each_rule_counts_its_records(self):
        counted = {task: rule(self.CASE) for task, rule in records.RECORD_COUNTS.items()}
        self.assertEqual(counted, {
            "Task_SituationPictureMunicipality": 0, "Task_SituationPicturePolice": 1,
            "Task_SituationPictureSocialServices": 0, "Task_JointAnalysis": 1, "Task_KickOff": 1,
            "Task_PrepareAgenda": 1, "Task_FollowUpOpenItems": 1, "Task_ActorReport": 2, "Task_RecordDecisions": 0,
            "Task_PlanIntervention": 1, "Task_FollowUpIntervention": 2, "Task_RecordOutcome": 0,
            "Task_FollowUpIndicators": 0, "Task_ParticipantsAssessment": 1, "Task_Evaluate": 0,
            "Task_CloseWithLessonsLearned": 0})

    def test_records_are_compared_with_completions_per_case_and_task(self):
        rules = {"Task_SituationPicturePolice": records.RECORD_COUNTS["Task_SituationPicturePolice"],
                 "Task_KickOff": records.RECORD_COUNTS["Task_KickOff"]}
        business_keys = {"p1": "kill-0", "p2": "kill-1"}
        finished = [{"processInstanceId": "p1", "taskDefinitionKey": "Task_SituationPicturePolice",
                     "deleteReason": "completed"},
                    {"processInstanceId": "p1", "taskDefinitionKey": "Task_Other", "deleteReason": "completed"},
                    {"processInstanceId": "p2", "taskDefinitionKey": "Task_SituationPicturePolice",
                     "deleteReason": "deleted"}]
        still_open = [{"processInstanceId": "p1", "taskDefinitionKey": "Task_KickOff"},
                      {"processInstanceId": "p2", "taskDefinitionKey": "Task_SituationPicturePolice"}]
        cases = {"kill-0": {"pictures": [{"contributor": "POLICE"}], "plan": None},
                 "kill-1": {"pictures": [{"contributor": "POLICE"}], "plan": None}}
        completed, waiting, mismatches = records.compare(rules, cases.get, ["kill-0", "kill-1"], finished,
                                                         still_open, business_keys)
        self.assertEqual(completed, {("kill-0", "Task_SituationPicturePolice"): 1})
        self.assertEqual(waiting, {("kill-0", "Task_KickOff"): 1, ("kill-1", "Task_SituationPicturePolice"): 1})
        self.assertEqual(mismatches, ["kill-1 Task_SituationPicturePolice: 1 records for 0 completions (1 open)"])


if __name__ == "__main__":
    unittest.main()
