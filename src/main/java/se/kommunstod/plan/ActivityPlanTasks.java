package se.kommunstod.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.FormRow;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.assessment.Observation;
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.ProblemCause;
import se.kommunstod.assessment.SituationPictureService;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.evaluation.IndicatorDirection;
import se.kommunstod.evaluation.PlannedIndicator;
import se.kommunstod.plan.KickOffInput.MeasureInput;
import se.kommunstod.plan.KickOffInput.SignatoryInput;
import se.kommunstod.process.SupportCaseProcess.KickOff;
import se.kommunstod.process.Variable;
import se.kommunstod.security.Role;

/**
 * Task listeners of the kick-off in {@code supportCase}.
 *
 * <ul>
 *   <li>{@code ${activityPlanTasks.kickOff(task)}} ("complete") adopts the activity plan, dated
 *       today: its goal {@code activityPlan}; the agreement {@code agreementKind}, {@code
 *       agreementSignedOn} and {@code signatories} ({@code organisation}, {@code title}); {@code
 *       citizenPromises} (one per line); the indicators {@code indicators} ({@code name}, {@code
 *       unit}, {@code source}, {@code baseline}, {@code target}, {@code direction}); and the
 *       measures {@code measures} ({@code problem}, {@code cause}, {@code measure}, {@code
 *       focusArea}, {@code goal}, {@code dueOn}, {@code owner}, {@code indicator}, {@code status}).
 *       A form before V11 sends {@code focusAreas} and {@code declarationOfIntentSigned} instead,
 *       which are still read.
 *   <li>{@code ${activityPlanTasks.prepare(task)}} ("create") shows the kick-off what the joint
 *       analysis found: {@code prioritisedProblemRows} (the table), {@code
 *       prioritisedProblemOptions} and {@code causeOptions} (what a measure can be aimed at).
 * </ul>
 */
@Component
public class ActivityPlanTasks {

  public static final String PROBLEM_ROWS = "prioritisedProblemRows";
  public static final String PROBLEM_OPTIONS = "prioritisedProblemOptions";
  public static final String CAUSE_OPTIONS = "causeOptions";

  /** The kick-off form before V11: focus areas ticked instead of measures. */
  @SuppressWarnings("rawtypes")
  static final Variable<List> FORMER_FOCUS_AREAS = Variable.formerFormKey("focusAreas", List.class);

  /** The kick-off form before V11: the declaration of intent as a checkbox. */
  static final Variable<Boolean> FORMER_DECLARATION_SIGNED =
      Variable.formerFormKey("declarationOfIntentSigned", Boolean.class);

  private final ActivityPlanService service;
  private final SituationPictureService situationPictures;

  public ActivityPlanTasks(ActivityPlanService service, SituationPictureService situationPictures) {
    this.service = service;
    this.situationPictures = situationPictures;
  }

  public void kickOff(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          List<FormRow> measures = input.rows(KickOff.MEASURES);
          if (measures.isEmpty() && input.string(KickOff.AGREEMENT_KIND) == null) {
            // a kick-off form before V11: focus areas and a checkbox
            Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
            input
                .list(FORMER_FOCUS_AREAS)
                .forEach(
                    code ->
                        focusAreas.add(
                            ProcessInput.parseEnum(
                                FORMER_FOCUS_AREAS.name(), code, FocusArea.class)));
            service.kickOff(
                businessKey,
                new ActivityPlanInput(
                    input.string(KickOff.ACTIVITY_PLAN), focusAreas, EngineTime.today()),
                input.flag(FORMER_DECLARATION_SIGNED));
            return;
          }
          List<SignatoryInput> signatories = new ArrayList<>();
          for (FormRow row : input.rows(KickOff.SIGNATORIES)) {
            signatories.add(
                new SignatoryInput(row.enumValue("organisation", Role.class), row.string("title")));
          }
          List<PlannedIndicator> indicators = new ArrayList<>();
          for (FormRow row : input.rows(KickOff.INDICATORS)) {
            indicators.add(
                new PlannedIndicator(
                    row.string("name"),
                    row.string("unit"),
                    row.string("source"),
                    row.decimal("baseline"),
                    row.decimal("target"),
                    direction(row)));
          }
          List<MeasureInput> rows = new ArrayList<>();
          for (FormRow row : measures) {
            rows.add(
                new MeasureInput(
                    row.number("problem"),
                    row.number("cause"),
                    row.string("measure"),
                    row.enumValue("focusArea", FocusArea.class),
                    row.string("goal"),
                    row.date("dueOn"),
                    row.enumValue("owner", Role.class),
                    row.string("indicator"),
                    status(row)));
          }
          service.kickOff(
              businessKey,
              input.string(KickOff.ACTIVITY_PLAN),
              EngineTime.today(),
              new KickOffInput(
                  input.enumValue(KickOff.AGREEMENT_KIND, AgreementKind.class),
                  input.date(KickOff.AGREEMENT_SIGNED_ON),
                  signatories,
                  input.lines(KickOff.CITIZEN_PROMISES),
                  indicators,
                  rows));
        });
  }

  private static IndicatorDirection direction(FormRow row) {
    String code = row.string("direction");
    if (code == null) {
      return null;
    }
    return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "increase" -> IndicatorDirection.INCREASE;
      case "decrease" -> IndicatorDirection.DECREASE;
      default ->
          throw row.invalid(
              "direction", "ska vara increase eller decrease", "must be increase or decrease");
    };
  }

  private static MeasureStatus status(FormRow row) {
    MeasureStatus status = row.enumValue("status", MeasureStatus.class);
    return status == null ? MeasureStatus.PLANNED : status;
  }

  /**
   * Create listener of the kick-off: the joint analysis's prioritised problems and their causes.
   */
  public void prepare(DelegateTask task) {
    ProcessInput input = ProcessInput.of(task);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, String>> problemOptions = new ArrayList<>();
    List<Map<String, String>> causeOptions = new ArrayList<>();
    for (Problem problem :
        situationPictures.prioritisedProblems(task.getExecution().getProcessBusinessKey())) {
      String name = problem.getPriority() + ". " + problem.getDescription();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("priority", problem.getPriority());
      row.put("problem", problem.getDescription());
      row.put("category", problem.getCategory() == null ? "" : problem.getCategory().swedishName());
      row.put(
          "causes",
          problem.getCauses().stream()
              .map(ProblemCause::getDescription)
              .collect(Collectors.joining("; ")));
      row.put(
          "observations",
          problem.getObservations().stream()
              .sorted(
                  java.util.Comparator.comparing(
                          (Observation o) -> o.getSituationPicture().getContributor())
                      .thenComparing(Observation::getPosition))
              .map(Observation::reference)
              .collect(Collectors.joining(", ")));
      rows.add(row);
      problemOptions.add(
          Map.of("value", String.valueOf(problem.getId()), "label", shortened(name, 50)));
      for (ProblemCause cause : problem.getCauses()) {
        causeOptions.add(
            Map.of(
                "value",
                String.valueOf(cause.getId()),
                "label",
                "Problem " + problem.getPriority() + ": " + shortened(cause.getDescription(), 60)));
      }
    }
    input.setJson(PROBLEM_ROWS, rows);
    input.setJson(PROBLEM_OPTIONS, problemOptions);
    input.setJson(CAUSE_OPTIONS, causeOptions);
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }
}
