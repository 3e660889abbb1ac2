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
    min/max length for required text fields (optional text stays empty: its format is unknown), one
    row for a dynamic list (sent as a Json list, as Tasklist does). `options_of(values_key)` gives the
    options a field takes from a task variable (`valuesKey`); a field whose options the form computes
    (`valuesExpression`), or that has no options, is left out unless it is required."""
    values = {}
    for key, value in _values(form, options_of).items():
        if isinstance(value, list):
            values[key] = {"value": json.dumps(value, ensure_ascii=False), "type": "Json"}
        elif isinstance(value, bool):
            values[key] = {"value": value, "type": "Boolean"}
        elif isinstance(value, int):
            values[key] = {"value": value, "type": "Long"}
        else:
            values[key] = {"value": value, "type": "String"}
    return values


def _values(container, options_of):
    """Plain values of a container's fields (groups' included); a dynamic list's as one row."""
    values = {}
    for field in container.get("components", []):
        key, kind, validate = field.get("key"), field.get("type"), field.get("validate", {}) or {}
        if kind == "dynamiclist":
            if field.get("path"):
                values[field["path"]] = [_values(field, options_of)]
            continue
        if "components" in field:
            values.update(_values(field, options_of))
            continue
        if not key or field.get("readonly") or field.get("disabled"):
            continue
        required = validate.get("required")
        if kind in ("textfield", "textarea"):
            if not required:
                continue  # optional free text stays empty: its format is unknown (see FormFiller)
            values[key] = text(validate)
        elif kind == "number":
            values[key] = int(validate.get("min", 1))
        elif kind == "checkbox":
            values[key] = True
        elif kind in ("select", "radio", "checklist", "taglist"):
            if "values" in field:
                options = [option["value"] for option in field["values"]]
            elif "valuesKey" in field:
                options = options_of(field["valuesKey"])
            else:
                options = []
            if not options:
                if required:
                    raise RuntimeError(f"no options for {key}")
                continue
            values[key] = options[0] if kind in ("select", "radio") else [options[0]]
        elif kind == "datetime":
            subtype = field.get("subtype", "date")
            values[key] = {"time": "10:00", "datetime": "2026-01-15T10:00"}.get(subtype, "2026-01-15")
    return values


def task_options(node, task_id):
    """Reads a `valuesKey` field's options from the task's variable of that name."""
    def options_of(values_key):
        status, listed = client.rest(node, "GET", f"/engine-rest/task/{task_id}/variables/{values_key}")
        return option_values(listed)
    return options_of


def option_values(variable):
    """The options in a task variable as the REST API answers it: a list, or a Json variable's text
    (ask with `?deserializeValue=false`: deserialized, a Json variable comes as Spin's node object)."""
    value = (variable or {}).get("value") or []
    if isinstance(value, str):
        value = json.loads(value) if value.strip().startswith("[") else []
    if not isinstance(value, list):
        return []
    return [o["value"] if isinstance(o, dict) else o for o in value]


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
