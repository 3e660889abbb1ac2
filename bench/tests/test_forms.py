"""The form filler against the real forms (forms/*.form), as the Java FormFillerTest does."""
import json
import re
import unittest
from unittest import mock

from helpers import ROOT

from kommunstod_bench import forms, records


def task_option(name):
    """The options a task variable gives a valuesKey field (areas, observations, problems, causes)."""
    return ["17"]


class EveryRealForm(unittest.TestCase):

    def setUp(self):
        self.forms = forms.deployed_forms(ROOT)

    def test_the_forms_are_found(self):
        self.assertGreaterEqual(len(self.forms), 20)
        self.assertIn("situation-picture-police", self.forms)

    def test_every_editable_field_gets_a_value_its_validation_accepts(self):
        for form_id, form in self.forms.items():
            values = forms.fill(form, task_option)
            plain = {key: json.loads(v["value"]) if v["type"] == "Json" else v["value"] for key, v in values.items()}
            self.check(form_id, form, plain, values)

    def check(self, where, container, plain, typed=None):
        for field in container.get("components", []):
            key, kind, validate = field.get("key"), field.get("type"), field.get("validate") or {}
            if kind == "dynamiclist":
                rows = plain.get(field["path"])
                with self.subTest(form=where, list=field["path"]):
                    self.assertIsInstance(rows, list)
                    self.assertEqual(len(rows), 1)
                    if typed is not None:
                        self.assertEqual(typed[field["path"]]["type"], "Json")
                self.check(f"{where} {field['path']}[0]", field, rows[0])
                continue
            if "components" in field:
                self.check(where, field, plain, typed)
                continue
            if not key:
                continue
            with self.subTest(form=where, field=key):
                if field.get("readonly") or field.get("disabled"):
                    self.assertNotIn(key, plain)
                    continue
                if kind in ("textfield", "textarea") and not validate.get("required"):
                    self.assertNotIn(key, plain, "optional text stays empty")
                    continue
                if "valuesExpression" in field and not validate.get("required"):
                    self.assertNotIn(key, plain, "options the form computes stay unchosen")
                    continue
                self.assertIn(key, plain)
                value = plain[key]
                options = [o["value"] for o in field.get("values", [])] + (["17"] if "valuesKey" in field else [])
                if kind in ("textfield", "textarea"):
                    self.assertGreater(len(value), 0)
                    self.assertGreaterEqual(len(value), validate.get("minLength", 0))
                    self.assertLessEqual(len(value), validate.get("maxLength", 10 ** 9))
                elif kind == "number":
                    self.assertGreaterEqual(value, validate.get("min", -10 ** 18))
                    self.assertLessEqual(value, validate.get("max", 10 ** 18))
                    if typed is not None:
                        self.assertEqual(typed[key]["type"], "Long")
                elif kind in ("select", "radio"):
                    self.assertEqual(value, options[0])
                elif kind == "checklist":
                    self.assertEqual(value, [options[0]])
                    if typed is not None:
                        self.assertEqual(typed[key]["type"], "Json")
                elif kind == "checkbox":
                    self.assertIs(value, True)
                elif kind == "datetime":
                    self.assertRegex(value, r"^(2026-01-15|10:00|2026-01-15T10:00)$")

    def test_every_user_task_of_the_lifecycle_has_a_deployed_form_that_fills(self):
        models = records.read_models(ROOT)
        for key in records.lifecycle_processes(models):
            for task in models[key].user_tasks:
                with self.subTest(task=task.id):
                    self.assertIn(task.form_ref, self.forms, f"{task.id}: formRef {task.form_ref} not in forms/")
                    forms.fill(self.forms[task.form_ref], task_option)

    def test_options_come_from_a_list_or_a_json_variables_text(self):
        # the REST API answers a Json variable (the areas of a municipality) with its text
        self.assertEqual(forms.option_values({"type": "Json", "value": '["Hovsjö", "Saltskog"]'}), ["Hovsjö", "Saltskog"])
        self.assertEqual(forms.option_values({"value": [{"label": "A", "value": "a"}, "b"]}), ["a", "b"])
        self.assertEqual(forms.option_values(None), [])
        # what a deserialized Json variable looks like: Spin's node, never its keys as options
        self.assertEqual(forms.option_values({"type": "Json", "value": {"array": True, "nodeType": "ARRAY"}}), [])

    def test_the_text_is_the_java_form_fillers(self):
        with open(f"{ROOT}/src/test/java/se/kommunstod/throughput/FormFiller.java", encoding="utf-8") as file:
            java = re.search(r'static final String TEXT\s*=\s*"(.*)";', file.read()).group(1)
        self.assertEqual(forms.TEXT, java)


class FillingRules(unittest.TestCase):
    FORM = {"components": [
        {"type": "group", "components": [
            {"key": "colour", "type": "select", "valuesKey": "colours", "validate": {"required": True}}]},
        {"key": "code", "type": "textfield", "validate": {"required": True, "minLength": 3, "maxLength": 5}},
        {"key": "long", "type": "textarea", "validate": {"required": True, "minLength": 100}},
        {"key": "note", "type": "textarea", "validate": {"maxLength": 100}},
        {"key": "shown", "type": "textfield", "readonly": True},
        {"key": "off", "type": "checkbox", "disabled": True},
        {"key": "when", "type": "datetime", "subtype": "date"},
        {"key": "at", "type": "datetime", "subtype": "time"},
        {"key": "tags", "type": "taglist", "values": [{"label": "A", "value": "a"}, {"label": "B", "value": "b"}]},
        {"key": "rating", "type": "number"},
        {"type": "text", "text": "Ingen inmatning"}]}

    def test_options_named_by_values_key_lengths_within_limits_optional_text_empty(self):
        asked = []

        def options_of(name):
            asked.append(name)
            return ["red", "blue"]

        values = forms.fill(self.FORM, options_of)
        self.assertEqual(asked, ["colours"])
        self.assertEqual(sorted(values), ["at", "code", "colour", "long", "rating", "tags", "when"])
        self.assertEqual(values["colour"], {"value": "red", "type": "String"})
        self.assertEqual(values["code"]["value"], forms.TEXT[:5])
        self.assertEqual(len(values["long"]["value"]), 100)
        self.assertEqual(values["when"]["value"], "2026-01-15")
        self.assertEqual(values["at"]["value"], "10:00")
        self.assertEqual(values["tags"], {"value": '["a"]', "type": "Json"})
        self.assertEqual(values["rating"], {"value": 1, "type": "Long"})

    def test_a_field_without_options_is_refused(self):
        with self.assertRaisesRegex(RuntimeError, "no options for colour"):
            forms.fill(self.FORM, lambda name: [])

    def test_a_dynamic_list_is_one_row_sent_as_json(self):
        form = {"components": [{"type": "dynamiclist", "path": "rows", "components": [
            {"key": "what", "type": "textfield", "validate": {"required": True, "maxLength": 10}},
            {"key": "where", "type": "select", "valuesKey": "places", "validate": {"required": True}},
            {"key": "tags", "type": "checklist", "values": [{"label": "A", "value": "a"}]},
            {"key": "which", "type": "select", "valuesExpression": "=things"}]}]}
        values = forms.fill(form, lambda name: ["p1", "p2"])
        self.assertEqual(values["rows"]["type"], "Json")
        self.assertEqual(json.loads(values["rows"]["value"]), [{"what": forms.TEXT[:10], "where": "p1", "tags": ["a"]}])

    def test_options_of_a_task_in_a_json_variable(self):
        node = object()
        listed = {"type": "Json", "value": '[{"label": "Röd", "value": "red"}]'}
        with mock.patch("kommunstod_bench.client.rest", return_value=(200, listed)):
            values = forms.fill_form(node, "task-1", self.FORM)
        self.assertEqual(values["colour"]["value"], "red")

    def test_options_of_a_task_are_read_from_its_variable(self):
        node = object()
        listed = {"value": [{"label": "Röd", "value": "red"}, "blue"]}
        with mock.patch("kommunstod_bench.client.rest", return_value=(200, listed)) as rest:
            values = forms.fill_form(node, "task-1", self.FORM)
        rest.assert_called_once_with(node, "GET", "/engine-rest/task/task-1/variables/colours")
        self.assertEqual(values["colour"]["value"], "red")


if __name__ == "__main__":
    unittest.main()
