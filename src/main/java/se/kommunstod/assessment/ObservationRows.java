package se.kommunstod.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Observed problems as the situation picture forms submit them (the dynamic list {@code
 * situationPicture…Observations}, read by {@link SituationPictureTasks}), for code that leaves a
 * situation picture the way Tasklist does: the demo's cases ({@code demo.MethodDemo}) and the tests
 * that start from pictures already left. One source for the rows' shape, so that the demo and the
 * tests cannot drift from the form.
 */
public final class ObservationRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ObservationRows() {}

  /**
   * One row: option values as the form has them ({@code area} an area's id or {@code
   * hela-kommunen}; {@code place} may be empty).
   */
  public static Map<String, Object> observation(
      String category,
      String area,
      String place,
      String extent,
      String trend,
      List<String> sources,
      String description) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("category", category);
    row.put("area", area);
    row.put("place", place);
    row.put("extent", extent);
    row.put("trend", trend);
    row.put("sources", sources);
    row.put("description", description);
    return row;
  }

  /**
   * Completes a situation picture task as Tasklist submits its form: the summary in {@code
   * summaryVariable}, the rows in {@code summaryVariable + "Observations"} as JSON.
   */
  public static void complete(
      TaskService taskService,
      String taskId,
      String summaryVariable,
      String summary,
      List<Map<String, Object>> observations) {
    String rows;
    try {
      rows = JSON.writeValueAsString(observations);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("observations that are not JSON: " + observations, e);
    }
    taskService.complete(
        taskId,
        Variables.putValue(summaryVariable, summary)
            .putValueTyped(summaryVariable + "Observations", SpinValues.jsonValue(rows).create()));
  }
}
