package se.kommunstod.assessment;

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
import se.kommunstod.assessment.SituationPictureInput.ObservationInput;
import se.kommunstod.assessment.SituationPictureInput.PrioritisedProblemInput;
import se.kommunstod.process.SupportCaseProcess;
import se.kommunstod.process.SupportCaseProcess.JointAnalysis;
import se.kommunstod.process.SupportCaseProcess.SituationPictureMunicipality;
import se.kommunstod.process.SupportCaseProcess.SituationPicturePolice;
import se.kommunstod.process.SupportCaseProcess.SituationPictureSocialServices;
import se.kommunstod.process.Variable;

/**
 * Task listeners of the needs assessment in {@code supportCase}.
 *
 * <ul>
 *   <li>{@code ${situationPictureTasks.record(task, 'police')}} ("complete") stores an
 *       organisation's situation picture: its summary {@code situationPicture<Organisation>} and
 *       its observed problems {@code situationPicture<Organisation>Observations} (the form's
 *       dynamic list: {@code category}, {@code area} (an area id or {@code hela-kommunen}), {@code
 *       place}, {@code extent}, {@code trend}, {@code sources}, {@code description}); the earlier
 *       forms' checklist {@code situationPicture<Organisation>Problems} is still read.
 *   <li>{@code ${situationPictureTasks.recordJoint(task)}} ("complete") stores the joint analysis
 *       ({@code jointAnalysis}) with its prioritised problems {@code jointProblems} ({@code
 *       category}, {@code description}, {@code observations} (ids), {@code factors} (the crime
 *       triangle), {@code causes} (one per line)); the earlier checklist {@code
 *       prioritisedProblems} is still read.
 *   <li>{@code ${situationPictureTasks.prepare(task)}} ("create") gives an organisation's form the
 *       municipality's areas as place options ({@code municipalityAreas}).
 *   <li>{@code ${situationPictureTasks.prepareJoint(task)}} ("create") gives the joint analysis
 *       every organisation's observations: {@code observationRows} (the table), {@code
 *       observationOptions} (what a prioritised problem can rest on); the summaries are the
 *       organisations' own variables.
 * </ul>
 */
@Component
public class SituationPictureTasks {

  public static final String AREA_OPTIONS = "municipalityAreas";
  public static final String OBSERVATION_ROWS = "observationRows";
  public static final String OBSERVATION_OPTIONS = "observationOptions";

  /** The joint analysis's checklist of prioritised problems, in its form before V11. */
  static final Variable<List> FORMER_PRIORITISED_PROBLEMS =
      Variable.formerFormKey("prioritisedProblems", List.class);

  /**
   * The variables of an organisation's situation picture form: its summary, its observations and,
   * in the forms before V11, its checklist of problems.
   */
  @SuppressWarnings("rawtypes")
  record OrganisationForm(
      Variable<String> summary, Variable<List> observations, Variable<List> formerProblems) {

    static OrganisationForm of(Contributor contributor) {
      return switch (contributor) {
        case POLICE ->
            new OrganisationForm(
                SituationPicturePolice.SITUATION_PICTURE_POLICE,
                SituationPicturePolice.SITUATION_PICTURE_POLICE_OBSERVATIONS,
                Variable.formerFormKey("situationPicturePoliceProblems", List.class));
        case MUNICIPALITY ->
            new OrganisationForm(
                SituationPictureMunicipality.SITUATION_PICTURE_MUNICIPALITY,
                SituationPictureMunicipality.SITUATION_PICTURE_MUNICIPALITY_OBSERVATIONS,
                Variable.formerFormKey("situationPictureMunicipalityProblems", List.class));
        case SOCIAL_SERVICES ->
            new OrganisationForm(
                SituationPictureSocialServices.SITUATION_PICTURE_SOCIAL_SERVICES,
                SituationPictureSocialServices.SITUATION_PICTURE_SOCIAL_SERVICES_OBSERVATIONS,
                Variable.formerFormKey("situationPictureSocialServicesProblems", List.class));
        default ->
            throw new IllegalStateException(
                "The model has no situation picture form for " + contributor);
      };
    }
  }

  private final SituationPictureService service;

  public SituationPictureTasks(SituationPictureService service) {
    this.service = service;
  }

  public void record(DelegateTask task, String contributorCode) {
    Contributor contributor = Contributor.fromText(contributorCode);
    if (contributor == null || contributor == Contributor.JOINT) {
      throw new IllegalStateException(
          "situationPictures.record needs an organisation's group id, not '"
              + contributorCode
              + "'");
    }
    OrganisationForm form = OrganisationForm.of(contributor);
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          List<ObservationInput> observations = new ArrayList<>();
          for (FormRow row : input.rows(form.observations())) {
            if (!row.isBlank()) {
              observations.add(observation(row));
            }
          }
          service.record(
              businessKey,
              new SituationPictureInput(
                  contributor,
                  input.string(form.summary()),
                  input.list(form.formerProblems()),
                  observations,
                  null));
        });
  }

  private static ObservationInput observation(FormRow row) {
    String area = row.string("area");
    Long areaId = null;
    if (area != null && !SituationPictureService.WHOLE_MUNICIPALITY_CODE.equals(area)) {
      if (!area.strip().matches("\\d{1,18}")) {
        throw row.invalid(
            "area", "ska vara ett av kommunens områden", "must be one of the municipality's areas");
      }
      areaId = Long.valueOf(area.strip());
    }
    Set<ObservationSource> sources = EnumSet.noneOf(ObservationSource.class);
    sources.addAll(row.enumValues("sources", ObservationSource.class));
    return new ObservationInput(
        row.enumValue("category", ProblemCategory.class),
        areaId,
        row.string("place"),
        row.enumValue("extent", ObservationExtent.class),
        row.enumValue("trend", ObservationTrend.class),
        sources,
        row.string("description"));
  }

  public void recordJoint(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          List<PrioritisedProblemInput> problems = new ArrayList<>();
          for (FormRow row : input.rows(JointAnalysis.JOINT_PROBLEMS)) {
            if (row.isBlank()) {
              continue;
            }
            List<Long> observationIds = new ArrayList<>();
            for (String id : row.strings("observations")) {
              if (!id.matches("\\d{1,18}")) {
                throw row.invalid(
                    "observations",
                    "ska vara observationer ur lägesbilderna",
                    "must be observations of the situation pictures");
              }
              observationIds.add(Long.valueOf(id));
            }
            Set<CauseFactor> factors = EnumSet.noneOf(CauseFactor.class);
            factors.addAll(row.enumValues("factors", CauseFactor.class));
            problems.add(
                new PrioritisedProblemInput(
                    row.enumValue("category", ProblemCategory.class),
                    row.string("description"),
                    observationIds,
                    factors,
                    row.strings("causes")));
          }
          service.record(
              businessKey,
              new SituationPictureInput(
                  Contributor.JOINT,
                  input.string(JointAnalysis.JOINT_ANALYSIS),
                  input.list(FORMER_PRIORITISED_PROBLEMS),
                  null,
                  problems));
        });
  }

  /**
   * Create listener of an organisation's situation picture: the municipality's areas as place
   * options.
   */
  public void prepare(DelegateTask task) {
    ProcessInput input = ProcessInput.of(task);
    String municipality = input.string(SupportCaseProcess.Variables.MUNICIPALITY_CODE);
    if (municipality != null) {
      input.setJson(AREA_OPTIONS, service.placeOptions(municipality));
    }
  }

  /**
   * Create listener of the joint analysis: every organisation's observations, read-only, side by
   * side.
   */
  public void prepareJoint(DelegateTask task) {
    ProcessInput input = ProcessInput.of(task);
    String businessKey = task.getExecution().getProcessBusinessKey();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, String>> options = new ArrayList<>();
    for (SituationPicture picture : service.organisationPictures(businessKey)) {
      for (Observation observation : picture.getObservations()) {
        rows.add(row(observation));
        options.add(
            Map.of(
                "value",
                String.valueOf(observation.getId()),
                "label",
                observation.reference()
                    + ": "
                    + shortened(observation.getDescription(), 50)
                    + (observation.placeText().isEmpty()
                        ? ""
                        : " (" + observation.placeText() + ")")));
      }
    }
    input.setJson(OBSERVATION_ROWS, rows);
    input.setJson(OBSERVATION_OPTIONS, options);
  }

  static Map<String, Object> row(Observation observation) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("reference", observation.reference());
    row.put("organisation", observation.getSituationPicture().getContributor().swedishName());
    row.put(
        "category",
        observation.getCategory() == null ? "" : observation.getCategory().swedishName());
    row.put("place", observation.placeText());
    row.put("extent", observation.getExtent() == null ? "" : observation.getExtent().swedishName());
    row.put("trend", observation.getTrend().swedishName());
    row.put(
        "size",
        (observation.getExtent() == null ? "" : observation.getExtent().swedishName() + ", ")
            + observation.getTrend().swedishName().toLowerCase(java.util.Locale.ROOT));
    row.put(
        "sources",
        observation.getSources().stream()
            .sorted()
            .map(ObservationSource::swedishName)
            .collect(Collectors.joining(", ")));
    row.put("description", observation.getDescription());
    row.put(
        "observation",
        observation.getDescription()
            + (observation.getSources().isEmpty() ? "" : " (" + row.get("sources") + ")"));
    return row;
  }

  static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }
}
