"""The form filler against the real forms (forms/*.form), as the Java FormFillerTest does."""
import json
import re
import unittest
from unittest import mock

from helpers import ROOT

from kommunstod_bench import forms, records


def no_values_key(name):
    raise AssertionError(f"no valuesKey expected, got {name}")


class EveryRealForm(unittest.TestCase):

    def setUp(self):
        self.forms = forms.deployed_forms(ROOT)

    def test_the_forms_are_found(self):
        self.assertGreaterEqual(len(self.forms), 20)
        self.assertIn("situation-picture-police", self.forms)

    def test_every_editable_field_gets_a_value_its_validation_accepts(self):
        for form_id, form in self.forms.items():
            values = forms.fill(form, no_values_key)
            for field in forms.form_fields(form):
                key, kind, validate = field.get("key"), field.get("type"), field.get("validate") or {}
                if not key:
                    continue
                with self.subTest(form=form_id, field=key):
                    if field.get("readonly") or field.get("disabled"):
                        self.assertNotIn(key, values)
                        continue
                    if kind in ("textfield", "textarea") and not validate.get("required"):
                        self.assertNotIn(key, values, "optional text stays empty")
                        continue
                    self.assertIn(key, values)
                    value, typed = values[key]["value"], values[key]["type"]
                    if kind in ("textfield", "textarea"):
                        self.assertEqual(typed, "String")
                        self.assertGreater(len(value), 0)
                        self.assertGreaterEqual(len(value), validate.get("minLength", 0))
                        self.assertLessEqual(len(value), validate.get("maxLength", 10 ** 9))
                    elif kind == "number":
                        self.assertEqual(typed, "Long")
                        self.assertGreaterEqual(value, validate.get("min", -10 ** 18))
                        self.assertLessEqual(value, validate.get("max", 10 ** 18))
                    elif kind in ("select", "radio"):
                        self.assertEqual(value, field["values"][0]["value"])
                    elif kind == "checklist":
                        self.assertEqual(typed, "Json")
                        chosen = json.loads(value)
                        self.assertEqual(chosen, [field["values"][0]["value"]])
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
                    forms.fill(self.forms[task.form_ref], no_values_key)

    def test_the_text_is_the_java_form_fillers(self):
        with open(f"{ROOT}/src/test/java/se/kommunstod/throughput/FormFiller.java", encoding="utf-8") as file:
            java = re.search(r'static final String TEXT = "(.*)";', file.read()).group(1)
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

    def test_options_of_a_task_are_read_from_its_variable(self):
        node = object()
        listed = {"value": [{"label": "Röd", "value": "red"}, "blue"]}
        with mock.patch("kommunstod_bench.client.rest", return_value=(200, listed)) as rest:
            values = forms.fill_form(node, "task-1", self.FORM)
        rest.assert_called_once_with(node, "GET", "/engine-rest/task/task-1/variables/colours")
        self.assertEqual(values["colour"]["value"], "red")


if __name__ == "__main__":
    unittest.main()
