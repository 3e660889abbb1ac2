"""Reading and filling deployed Camunda Forms (form-js JSON), the same choices as the Java
benchmark's FormFiller (src/test/java/se/kommunstod/throughput/FormFiller.java)."""
import glob
import json
import os

from . import client

TEXT = "Benchmark: ifyllt av genomströmningsmätningen, inga personuppgifter. "


def form_fields(container):
    """Every component of a form, nested ones (groups) included, in document order. A dynamic list's
    fields belong to its rows, which the task pre-fills or a person adds: the filler leaves them."""
    for component in container.get("components", []):
        yield component
        if component.get("type") != "dynamiclist":
            yield from form_fields(component)


def text(validate):
    """Text of 40 characters within the field's minLength/maxLength."""
    length = max(validate.get("minLength", 0) or 0, min(40, validate.get("maxLength", 4000) or 4000))
    return (TEXT * (length // len(TEXT) + 1))[:length]


def fill(form, options_of):
    """Valid values for every editable field of a form, read from the form itself: checkbox ticked,
    first option of a select, radio or checklist, a number's minimum, text of 40 characters within
    min/max length for required text fields (optional text stays empty: its format is unknown).
    `options_of(values_key)` gives the options a field takes from a task variable (`valuesKey`)."""
    values = {}
    for field in form_fields(form):
        key, kind, validate = field.get("key"), field.get("type"), field.get("validate", {}) or {}
        if not key or field.get("readonly") or field.get("disabled"):
            continue
        if kind in ("textfield", "textarea"):
            if not validate.get("required"):
                continue  # optional free text stays empty: its format is unknown (see FormFiller)
            values[key] = {"value": text(validate), "type": "String"}
        elif kind == "number":
            values[key] = {"value": int(validate.get("min", 1)), "type": "Long"}
        elif kind == "checkbox":
            values[key] = {"value": True, "type": "Boolean"}
        elif kind in ("select", "radio", "checklist", "taglist"):
            if "values" in field:
                options = [option["value"] for option in field["values"]]
            else:
                options = options_of(field["valuesKey"])
            if not options:
                raise RuntimeError(f"no options for {key}")
            values[key] = ({"value": options[0], "type": "String"} if kind in ("select", "radio")
                           else {"value": json.dumps([options[0]]), "type": "Json"})
        elif kind == "datetime":
            subtype = field.get("subtype", "date")
            values[key] = {"value": {"time": "10:00", "datetime": "2026-01-15T10:00"}.get(subtype, "2026-01-15"),
                           "type": "String"}
    return values


def task_options(node, task_id):
    """Reads a `valuesKey` field's options from the task's variable of that name."""
    def options_of(values_key):
        status, listed = client.rest(node, "GET", f"/engine-rest/task/{task_id}/variables/{values_key}")
        return [o["value"] if isinstance(o, dict) else o for o in (listed or {}).get("value") or []]
    return options_of


def fill_form(node, task_id, form):
    """Values for a task's deployed form, options named by `valuesKey` read from the task."""
    return fill(form, task_options(node, task_id))


def deployed_forms(root):
    """The forms the app deploys (forms/*.form), by form id."""
    forms = {}
    for path in sorted(glob.glob(os.path.join(root, "forms", "*.form"))):
        with open(path, encoding="utf-8") as file:
            form = json.load(file)
        forms[form["id"]] = form
    return forms
