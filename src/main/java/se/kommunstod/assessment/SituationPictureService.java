package se.kommunstod.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.assessment.SituationPictureInput.ObservationInput;
import se.kommunstod.assessment.SituationPictureInput.PrioritisedProblemInput;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.municipality.Area;
import se.kommunstod.municipality.AreaRepository;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Situation pictures: each organisation's observed problems and the joint analysis's prioritised
 * problems with their causes. Written by completing the needs assessment's tasks ({@link
 * SituationPictureTasks}); {@link #record} is also meant for delegates of other models.
 */
@Service
@Transactional
public class SituationPictureService {

  /** The place option of a situation picture that is no single area, and its form value. */
  public static final String WHOLE_MUNICIPALITY = "Hela kommunen";

  public static final String WHOLE_MUNICIPALITY_CODE = "hela-kommunen";

  private final SupportCaseService cases;
  private final SituationPictureRepository pictures;
  private final ObservationRepository observations;
  private final AreaRepository areas;
  private final InputValidation validation;

  public SituationPictureService(
      SupportCaseService cases,
      SituationPictureRepository pictures,
      ObservationRepository observations,
      AreaRepository areas,
      InputValidation validation) {
    this.cases = cases;
    this.pictures = pictures;
    this.observations = observations;
    this.areas = areas;
    this.validation = validation;
  }

  public SituationPicture record(String businessKey, SituationPictureInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    SituationPicture picture =
        new SituationPicture(
            supportCase, input.contributor(), input.summary().strip(), EngineTime.now());
    if (input.contributor() == Contributor.JOINT) {
      prioritise(supportCase, picture, input);
    } else {
      observe(supportCase, picture, input);
    }
    return pictures.save(picture);
  }

  private void observe(
      SupportCase supportCase, SituationPicture picture, SituationPictureInput input) {
    if (!input.prioritisedOrEmpty().isEmpty()) {
      throw new InvalidInputException(
          "prioritised",
          "Bara den gemensamma analysen prioriterar problem.",
          "Only the joint analysis prioritises problems.");
    }
    validation.checkRows("observations", "Observerade problem", input.observationsOrEmpty());
    for (ObservationInput row : input.observationsOrEmpty()) {
      picture.observe(
          row.category(),
          area(supportCase, row.areaId()),
          blankToNull(row.place()),
          row.extent(),
          row.trend(),
          row.sources(),
          row.description().strip());
    }
    // the earlier form: checked categories (or free text), kept as observations of unknown trend
    for (String entry : input.problemsOrEmpty()) {
      ProblemCategory category = ProblemCategory.fromCode(entry);
      picture.observe(
          category,
          null,
          null,
          null,
          ObservationTrend.OKAND,
          Set.of(),
          category == null ? entry.strip() : category.swedishName());
    }
  }

  private void prioritise(
      SupportCase supportCase, SituationPicture picture, SituationPictureInput input) {
    validation.checkRows("prioritised", "Prioriterade problem", input.prioritisedOrEmpty());
    List<PrioritisedProblemInput> rows = input.prioritisedOrEmpty();
    for (int i = 0; i < rows.size(); i++) {
      PrioritisedProblemInput row = rows.get(i);
      if (!row.hasCause()) {
        throw new InvalidInputException(
            "factors",
            "Rad "
                + (i + 1)
                + " i «Prioriterade problem»: ange minst en "
                + "orsak, i 'factors' eller 'causes'.",
            "Row " + (i + 1) + " of 'prioritised': name at least one cause.");
      }
      Problem problem = picture.prioritise(row.category(), row.description().strip());
      for (CauseFactor factor : ordered(row.factors())) {
        problem.addCause(factor, factor.swedishName());
      }
      for (String cause : row.causes() == null ? List.<String>of() : row.causes()) {
        problem.addCause(null, cause.strip());
      }
      int number = i + 1;
      for (Long observationId :
          row.observationIds() == null ? List.<Long>of() : row.observationIds()) {
        problem
            .getObservations()
            .add(
                observations
                    .findById(observationId)
                    .filter(o -> o.getSupportCase().getId().equals(supportCase.getId()))
                    .orElseThrow(
                        () ->
                            new InvalidInputException(
                                "observations",
                                "Rad "
                                    + number
                                    + " i «Prioriterade problem»: observationen "
                                    + observationId
                                    + " finns inte i det här stödärendet.",
                                "Row "
                                    + number
                                    + ": there is no observation "
                                    + observationId
                                    + " in this support case.")));
      }
    }
    for (String entry : input.problemsOrEmpty()) {
      ProblemCategory category = ProblemCategory.fromCode(entry);
      picture.prioritise(category, category == null ? entry.strip() : category.swedishName());
    }
    if (picture.getProblems().isEmpty()) {
      throw new InvalidInputException(
          "problems",
          "Den gemensamma lägesbilden ska ange minst ett prioriterat problem.",
          "The joint situation picture must name at least one prioritised problem.");
    }
  }

  private Area area(SupportCase supportCase, Long areaId) {
    if (areaId == null) {
      return null;
    }
    return areas
        .findById(areaId)
        .filter(a -> a.getMunicipalityCode().equals(supportCase.getMunicipalityCode()))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "area",
                    "Området " + areaId + " hör inte till kommunen.",
                    "Area " + areaId + " is not one of the municipality's areas."));
  }

  private static Set<CauseFactor> ordered(Set<CauseFactor> factors) {
    Set<CauseFactor> ordered = EnumSet.noneOf(CauseFactor.class);
    if (factors != null) {
      ordered.addAll(factors);
    }
    return ordered;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Transactional(readOnly = true)
  public List<SituationPicture> pictures(String businessKey) {
    return pictures.findBySupportCaseIdOrderByRecordedAtAscIdAsc(
        cases.require(businessKey).getId());
  }

  /** Each organisation's latest picture, in the order municipality, police, social services, … */
  @Transactional(readOnly = true)
  public List<SituationPicture> organisationPictures(String businessKey) {
    Map<Contributor, SituationPicture> latest = new LinkedHashMap<>();
    for (Contributor contributor : Contributor.values()) {
      if (contributor != Contributor.JOINT) {
        latest(businessKey, contributor).ifPresent(picture -> latest.put(contributor, picture));
      }
    }
    return new ArrayList<>(latest.values());
  }

  @Transactional(readOnly = true)
  public Optional<SituationPicture> latest(String businessKey, Contributor contributor) {
    return pictures.findFirstBySupportCaseIdAndContributorOrderByRecordedAtDescIdDesc(
        cases.require(businessKey).getId(), contributor);
  }

  /** The prioritised problems: those of the joint situation picture, most important first. */
  @Transactional(readOnly = true)
  public List<Problem> prioritisedProblems(String businessKey) {
    return latest(businessKey, Contributor.JOINT)
        .map(picture -> List.copyOf(picture.getProblems()))
        .orElse(List.of());
  }

  /**
   * The municipality's areas as the situation pictures' place options: value (area id) and label.
   */
  @Transactional(readOnly = true)
  public List<Map<String, String>> placeOptions(String municipalityCode) {
    List<Map<String, String>> options = new ArrayList<>();
    for (Area area : areas.findByMunicipalityCodeOrderByName(municipalityCode)) {
      options.add(Map.of("value", String.valueOf(area.getId()), "label", area.getName()));
    }
    options.add(
        Map.of("value", WHOLE_MUNICIPALITY_CODE, "label", WHOLE_MUNICIPALITY + " / flera områden"));
    return options;
  }
}
