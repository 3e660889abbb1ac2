package se.kommunstod.supportcase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.municipality.PoliceClassification;
import se.kommunstod.municipality.PoliceLists;

/**
 * A round's applications between arrival and decision: what the decision task shows (the whole
 * application, with the areas' classification on the police list current when it is prioritised)
 * and the prioritisation record behind the side-by-side comparison of a round.
 */
@Service
@Transactional
public class RoundApplications {

  static final String NOT_LISTED = "Inte på polisens gällande lista";

  private final MunicipalityRepository municipalities;
  private final ApplicationRepository applications;
  private final PoliceLists policeLists;
  private final RoundApplicationRepository records;
  private final ApplicationDecisionRepository decisions;

  public RoundApplications(
      MunicipalityRepository municipalities,
      ApplicationRepository applications,
      PoliceLists policeLists,
      RoundApplicationRepository records,
      ApplicationDecisionRepository decisions) {
    this.municipalities = municipalities;
    this.applications = applications;
    this.policeLists = policeLists;
    this.records = records;
    this.decisions = decisions;
  }

  /** What the decision task shows, as process variables (see {@link #variables()}). */
  public record Description(
      String municipalityName,
      List<Map<String, String>> areas,
      String motivation,
      String contactFunction,
      String policeClassification,
      String existingWork,
      String capacity) {

    public Map<String, Object> variables() {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("municipalityName", municipalityName);
      variables.put(
          "applicationAreas",
          SpinValues.jsonValue(SpinJsonNode.class.cast(org.camunda.spin.Spin.JSON(areas)))
              .create());
      variables.put("applicationMotivation", motivation);
      variables.put("applicationContactFunction", contactFunction);
      variables.put("policeClassification", policeClassification);
      variables.put("existingWork", existingWork);
      variables.put("capacity", capacity);
      return variables;
    }
  }

  /**
   * The application of {@code municipalityCode}: from its record when {@code applicationId} is
   * given (its areas, motivation, contact function, existing work and capacity; the classification
   * is the most severe one of its areas on the current police list), otherwise from what the
   * message stated, with the municipality's areas on its current list and the stated
   * classification.
   */
  @Transactional(readOnly = true)
  public Description describe(
      String municipalityCode,
      Long applicationId,
      String statedClassification,
      String statedExistingWork,
      String statedCapacity) {
    Municipality municipality =
        municipalities
            .findById(municipalityCode == null ? "" : municipalityCode)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "municipalityCode",
                        "Det finns ingen kommun med kod '" + municipalityCode + "'.",
                        "There is no municipality with code '" + municipalityCode + "'."));
    List<PoliceLists.Current> areas;
    String motivation = null;
    String contact = null;
    String existingWork = statedExistingWork;
    String capacity = statedCapacity;
    String classification;
    if (applicationId != null) {
      Application application =
          applications
              .findById(applicationId)
              .filter(a -> a.getMunicipalityCode().equals(municipalityCode))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "applicationId",
                          "Det finns ingen intresseanmälan med id "
                              + applicationId
                              + " från "
                              + municipality.getName()
                              + ".",
                          "There is no application with id "
                              + applicationId
                              + " from "
                              + municipalityCode
                              + "."));
      areas = policeLists.current(application.getAreaIds());
      motivation = application.getMotivation();
      contact = application.getContactFunction();
      existingWork =
          application.getExistingWork() != null
              ? application.getExistingWork()
              : statedExistingWork;
      capacity = application.getCapacity() != null ? application.getCapacity() : statedCapacity;
      classification = PoliceLists.mostSevereCode(areas);
    } else {
      areas = policeLists.current(municipalityCode);
      classification =
          statedClassification != null ? statedClassification : PoliceLists.mostSevereCode(areas);
    }
    if (existingWork == null || capacity == null) {
      throw new InvalidInputException(
          existingWork == null ? "existingWork" : "capacity",
          "Ansökan saknar "
              + (existingWork == null
                  ? "befintligt brottsförebyggande arbete"
                  : "förmåga att genomföra")
              + " (etablerat/paborjat/saknas, god/begransad/otillracklig); den kan inte prioriteras utan.",
          "The application lacks " + (existingWork == null ? "existing work" : "capacity") + ".");
    }
    return new Description(
        municipality.getName(),
        areas.stream().map(RoundApplications::row).toList(),
        motivation,
        contact,
        classification,
        existingWork,
        capacity);
  }

  private static Map<String, String> row(PoliceLists.Current current) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("name", current.area().getName());
    row.put(
        "classification",
        current.row() == null ? NOT_LISTED : current.row().getClassification().swedishName());
    row.put(
        "listYear",
        current.row() == null
            ? (current.listYear() == null ? "–" : "ej med " + current.listYear())
            : String.valueOf(current.row().getListYear()));
    row.put("verified", current.row() == null ? "–" : current.row().isVerified() ? "ja" : "nej");
    row.put("source", current.row() == null ? "" : current.row().getSource());
    return row;
  }

  /** Records a prioritisation; {@code areas} is the decision's JSON list of areas (or null). */
  public RoundApplication record(
      String roundKey,
      String municipalityCode,
      Long applicationId,
      String policeClassification,
      Object areas,
      String expectedEffect,
      String existingWork,
      String capacity,
      int priority,
      String recommendation,
      String rule,
      String processInstanceId,
      String executionId) {
    if (roundKey == null || roundKey.isBlank()) {
      throw new InvalidInputException(
          "roundKey",
          "Stödomgången saknar affärsnyckel.",
          "The support round has no business key.");
    }
    String text = null;
    if (areas instanceof SpinJsonNode json && json.isArray()) {
      List<String> lines = new ArrayList<>();
      json.elements()
          .forEach(
              e ->
                  lines.add(
                      e.prop("name").stringValue()
                          + ": "
                          + e.prop("classification").stringValue()
                          + " ("
                          + e.prop("listYear").stringValue()
                          + ")"));
      text = String.join("\n", lines);
      if (text.length() > 2000) {
        text = text.substring(0, 2000);
      }
    }
    String shortRule = rule != null && rule.length() > 400 ? rule.substring(0, 400) : rule;
    return records.save(
        new RoundApplication(
            roundKey,
            municipalityCode,
            applicationId,
            policeClassification,
            text,
            expectedEffect,
            existingWork,
            capacity,
            priority,
            recommendation,
            shortRule,
            processInstanceId,
            executionId,
            Instant.now()));
  }

  /** One application of a round beside the others, with Brå's decision once made. */
  public record Compared(
      Long id,
      String municipalityCode,
      String municipalityName,
      Long applicationId,
      String policeClassification,
      String policeClassificationName,
      String areas,
      String expectedEffect,
      String existingWork,
      String capacity,
      int priority,
      String recommendation,
      String rule,
      ApplicationDecision.Verdict decision,
      java.time.LocalDate decidedOn,
      Instant prioritisedAt) {}

  /**
   * The round's applications by priority (1 first), then by the severity of the classification,
   * then in the order they arrived; for the given municipalities (null: all).
   */
  @Transactional(readOnly = true)
  public List<Compared> compare(String roundKey, List<String> municipalityCodes) {
    Map<String, String> names =
        municipalities.findAll().stream()
            .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
    Map<Long, ApplicationDecision> decided =
        decisions.findByRoundKeyOrderByIdAsc(roundKey).stream()
            .filter(d -> d.getRoundApplicationId() != null)
            .collect(
                Collectors.toMap(
                    ApplicationDecision::getRoundApplicationId, Function.identity(), (a, b) -> b));
    return records.findByRoundKeyOrderByPriorityAscIdAsc(roundKey).stream()
        .filter(
            r -> municipalityCodes == null || municipalityCodes.contains(r.getMunicipalityCode()))
        .sorted(
            Comparator.comparingInt(RoundApplication::getPriority)
                .thenComparingInt(r -> severity(r.getPoliceClassification()))
                .thenComparing(RoundApplication::getId))
        .map(
            r -> {
              ApplicationDecision d = decided.get(r.getId());
              PoliceClassification c = PoliceClassification.parse(r.getPoliceClassification());
              return new Compared(
                  r.getId(),
                  r.getMunicipalityCode(),
                  names.getOrDefault(r.getMunicipalityCode(), r.getMunicipalityCode()),
                  r.getApplicationId(),
                  r.getPoliceClassification(),
                  c == null ? NOT_LISTED : c.swedishName(),
                  r.getAreas(),
                  r.getExpectedEffect(),
                  r.getExistingWork(),
                  r.getCapacity(),
                  r.getPriority(),
                  r.getRecommendation(),
                  r.getRule(),
                  d == null ? null : d.getDecision(),
                  d == null ? null : d.getDecidedOn(),
                  r.getPrioritisedAt());
            })
        .toList();
  }

  /** 0 for särskilt utsatt, then riskområde, utsatt; not listed last. */
  static int severity(String code) {
    PoliceClassification c = PoliceClassification.parse(code);
    return c == null ? PoliceClassification.values().length : c.ordinal();
  }
}
