package se.kommunstod.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.kommunstod.api.FormRow;
import se.kommunstod.api.ModelCodes;
import se.kommunstod.api.ProcessInput;

/**
 * What the implementation starts: one intervention per measure of the action plan, read from the
 * kick-off's form variables, so the model needs no records to iterate (the process tests' engine
 * has none). The multi-instance call activity of {@code supportCase} iterates {@code
 * ${plannedInterventions.of(execution.getVariable('measures'),
 * execution.getVariable('focusAreas'))}}; each element is a JSON object with {@code measure} (the
 * row, 1, 2, …), {@code focusArea}, {@code title} (the measure, shortened for task names) and
 * {@code owner} (the organisation's group id), all strings. Measures already done or cancelled at
 * kick-off start none. A kick-off form before V11 named only focus areas: one intervention per
 * focus area, without a measure.
 */
@Component("plannedInterventions")
public class PlannedInterventions {

  /** Task names hold the title; Camunda's task name column holds 255 characters. */
  static final int TITLE_LENGTH = 100;

  public List<SpinJsonNode> of(Object measures, Object focusAreas) {
    List<SpinJsonNode> planned = new ArrayList<>();
    List<FormRow> rows = ProcessInput.rowsOf("measures", measures);
    if (!rows.isEmpty()) {
      for (FormRow row : rows) {
        MeasureStatus status = MeasureStatus.fromCode(row.string("status"));
        if (status == MeasureStatus.DONE || status == MeasureStatus.CANCELLED) {
          continue;
        }
        String measure = row.string("measure");
        planned.add(
            element(
                String.valueOf(row.number()),
                row.string("focusArea"),
                measure == null ? "Åtgärd " + row.number() : title(measure),
                row.string("owner")));
      }
      return planned;
    }
    for (String code : codes(focusAreas)) {
      FocusArea area = FocusArea.fromCode(code);
      planned.add(element("", code, area == null ? code : area.swedishName(), ""));
    }
    return planned;
  }

  static String title(String measure) {
    String text = measure.strip().replaceAll("\\s+", " ");
    return text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1).strip() + "…";
  }

  private static SpinJsonNode element(
      String measure, String focusArea, String title, String owner) {
    Map<String, String> element = new LinkedHashMap<>();
    element.put("measure", measure);
    element.put("focusArea", focusArea == null ? "" : focusArea);
    element.put("title", title);
    element.put("owner", owner == null ? "" : owner);
    return Spin.JSON(element);
  }

  private static List<String> codes(Object focusAreas) {
    List<String> codes = new ArrayList<>();
    if (focusAreas instanceof SpinJsonNode json && json.isArray()) {
      json.elements()
          .forEach(item -> codes.add(item.isString() ? item.stringValue() : item.toString()));
    } else if (focusAreas instanceof Iterable<?> items) {
      items.forEach(item -> codes.add(String.valueOf(item)));
    } else if (focusAreas != null) {
      for (String code : focusAreas.toString().split("[,\\n]")) {
        codes.add(code);
      }
    }
    return codes.stream()
        .map(String::strip)
        .filter(code -> !code.isEmpty())
        .map(
            code -> {
              FocusArea area = FocusArea.fromCode(code);
              return area == null ? code : ModelCodes.code(area);
            })
        .toList();
  }
}
