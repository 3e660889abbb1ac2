package se.kommunstod.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A volunteer municipality's application to a programme round, with the inputs of the DMN table
 * {@code prioritiseApplication}. The codes are the table's input values. With the id of the
 * application's record ({@code applicationId}), the classification is not given but read from the
 * police's current list for the areas the municipality named, when the round prioritises it.
 *
 * @param municipalityCode e.g. "sigtuna"
 * @param policeClassification the most severe current police classification of the municipality's
 *     areas; from most to least severe: sarskilt-utsatt (särskilt utsatt område), riskomrade
 *     (riskområde: every criterion of an utsatt område and close to särskilt utsatt), utsatt
 *     (utsatt område), inget (no area on the current list). The government decision prioritises the
 *     first two.
 * @param expectedEffect hog, medel or lag
 * @param existingWork existing crime-prevention work: etablerat, paborjat or saknas
 * @param capacity capacity to deliver: god, begransad or otillracklig
 * @param applicationId the application's record (supportcase.Application), or null
 */
public record Application(
    String municipalityCode,
    String policeClassification,
    String expectedEffect,
    String existingWork,
    String capacity,
    Long applicationId) {

  static final List<String> CLASSIFICATIONS =
      List.of("sarskilt-utsatt", "riskomrade", "utsatt", "inget");
  static final List<String> EFFECTS = List.of("hog", "medel", "lag");
  static final List<String> EXISTING_WORK = List.of("etablerat", "paborjat", "saknas");
  static final List<String> CAPACITIES = List.of("god", "begransad", "otillracklig");

  /**
   * Checks every field; the message names what is wrong, in Swedish, for the person who sent it.
   */
  public Application {
    if (municipalityCode == null || !municipalityCode.matches("[a-z0-9-]{2,40}")) {
      throw new IllegalArgumentException(
          "Kommunkoden saknas eller är ogiltig: '" + municipalityCode + "'");
    }
    if (applicationId == null || policeClassification != null) {
      check("Polisens klassning", policeClassification, CLASSIFICATIONS);
    }
    check("Förväntad effekt", expectedEffect, EFFECTS);
    check("Befintligt arbete", existingWork, EXISTING_WORK);
    check("Förmåga att genomföra", capacity, CAPACITIES);
  }

  /** An application without a record: the classification is stated, e.g. by a test or over REST. */
  public Application(
      String municipalityCode,
      String policeClassification,
      String expectedEffect,
      String existingWork,
      String capacity) {
    this(municipalityCode, policeClassification, expectedEffect, existingWork, capacity, null);
  }

  /** The process variables the programme's application event subprocess reads. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("municipalityCode", municipalityCode);
    if (policeClassification != null) {
      variables.put("policeClassification", policeClassification);
    }
    if (applicationId != null) {
      variables.put("applicationId", applicationId);
    }
    variables.put("expectedEffect", expectedEffect);
    variables.put("existingWork", existingWork);
    variables.put("capacity", capacity);
    return variables;
  }

  private static void check(String what, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          what
              + " har ett okänt värde '"
              + value
              + "'; tillåtna värden: "
              + String.join(", ", allowed));
    }
  }
}
