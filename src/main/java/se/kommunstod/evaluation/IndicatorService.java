package se.kommunstod.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Indicators and their values over time, written by the tasks that own them: the kick-off defines
 * them ({@link #defineForActionPlan}), the indicators' follow-up measures them ({@link #measure}).
 */
@Service
@Transactional
public class IndicatorService {

  private final SupportCaseService cases;
  private final IndicatorRepository indicators;
  private final InputValidation validation;

  public IndicatorService(
      SupportCaseService cases, IndicatorRepository indicators, InputValidation validation) {
    this.cases = cases;
    this.indicators = indicators;
    this.validation = validation;
  }

  /**
   * A value with its comment, as the indicators' follow-up task records it; one value per indicator
   * and date.
   */
  public IndicatorValue measure(Long indicatorId, IndicatorMeasurement input) {
    validation.check(input);
    Indicator indicator = require(indicatorId);
    if (input.measuredOn().isAfter(se.kommunstod.engine.EngineTime.today())) {
      throw new InvalidInputException(
          "measuredOn",
          "”"
              + indicator.getName()
              + "”: ett mätvärde kan inte vara från "
              + "framtiden ("
              + input.measuredOn()
              + ").",
          "A measured value cannot be from the future.");
    }
    if (indicator.getValues().stream()
        .anyMatch(v -> v.getMeasuredOn().equals(input.measuredOn()))) {
      throw new InvalidInputException(
          "measuredOn",
          "”" + indicator.getName() + "” har redan ett värde för " + input.measuredOn() + ".",
          "The indicator already has a value for " + input.measuredOn() + ".");
    }
    String comment =
        input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
    IndicatorValue value = indicator.measure(input.measuredOn(), input.value(), comment);
    indicators.flush();
    return value;
  }

  @Transactional(readOnly = true)
  public java.util.List<Indicator> indicators(String businessKey) {
    return indicators
        .findBySupportCaseId(
            cases.require(businessKey).getId(),
            org.springframework.data.domain.PageRequest.of(
                0, 1000, org.springframework.data.domain.Sort.by("id")))
        .getContent();
  }

  @Transactional(readOnly = true)
  public Indicator require(Long indicatorId) {
    return indicators
        .findById(indicatorId)
        .orElseThrow(
            () -> new RecordNotFoundException("ingen indikator", "indicator", indicatorId));
  }

  // --- the action plan's indicators (issue 17; kick-off)
  // ----------------------------------------------

  /**
   * The indicators the action plan defines at kick-off, each with source, baseline, target and
   * direction. An indicator of the same name (any case) that the case already has is completed with
   * the new definition instead of defined twice. Returns them by name, in the plan's order, for the
   * plan's measures to refer to.
   */
  public Map<String, Indicator> defineForActionPlan(
      String businessKey, List<PlannedIndicator> planned) {
    validation.checkRows("indicators", "Indikatorer", planned);
    SupportCase supportCase = cases.require(businessKey);
    Map<String, Indicator> existing = new LinkedHashMap<>();
    indicators
        .findBySupportCaseId(supportCase.getId(), Pageable.unpaged())
        .forEach(
            indicator ->
                existing.put(indicator.getName().strip().toLowerCase(Locale.ROOT), indicator));
    Map<String, Indicator> defined = new LinkedHashMap<>();
    for (int i = 0; i < planned.size(); i++) {
      PlannedIndicator definition = planned.get(i);
      String key = definition.name().strip().toLowerCase(Locale.ROOT);
      if (defined.containsKey(key)) {
        throw new InvalidInputException(
            "indicators",
            "Rad "
                + (i + 1)
                + " i «Indikatorer»: indikatorn '"
                + definition.name().strip()
                + "' finns redan i planen.",
            "Row "
                + (i + 1)
                + " of 'indicators': the indicator '"
                + definition.name().strip()
                + "' is already in the plan.");
      }
      Indicator indicator = existing.get(key);
      if (indicator == null) {
        indicator =
            new Indicator(supportCase, definition.name().strip(), definition.unit().strip());
      }
      indicator.describe(
          definition.source() == null || definition.source().isBlank()
              ? null
              : definition.source().strip(),
          definition.baseline(),
          definition.target(),
          definition.direction());
      defined.put(key, indicators.save(indicator));
    }
    return defined;
  }

  /** The case's indicators with their definitions, in the order they were defined. */
  @Transactional(readOnly = true)
  public List<Indicator> indicatorsOfCase(String businessKey) {
    return indicators
        .findBySupportCaseId(
            cases.require(businessKey).getId(),
            org.springframework.data.domain.PageRequest.of(
                0, 100, org.springframework.data.domain.Sort.by("id")))
        .getContent();
  }
}
