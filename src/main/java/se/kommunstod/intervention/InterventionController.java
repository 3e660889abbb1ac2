package se.kommunstod.intervention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.PageResponse;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Interventions (insatser), their follow-ups and outcome, read-only: they are written by completing
 * the intervention process's tasks in Tasklist (or through the engine REST API), one writer per
 * record.
 */
@RestController
@Tag(name = "Insatser", description = "Interventions, follow-ups and outcomes")
public class InterventionController {

  private final SupportCaseService cases;
  private final InterventionService service;
  private final InterventionRepository interventions;
  private final Access access;

  InterventionController(
      SupportCaseService cases,
      InterventionService service,
      InterventionRepository interventions,
      Access access) {
    this.cases = cases;
    this.service = service;
    this.interventions = interventions;
    this.access = access;
  }

  @GetMapping("/api/support-cases/{businessKey}/interventions")
  @Operation(summary = "Ärendets insatser / the case's interventions")
  @Transactional(readOnly = true)
  public PageResponse<InterventionView> list(
      @PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = cases.readable(businessKey);
    return PageResponse.of(
        interventions.findBySupportCaseId(
            supportCase.getId(), PageRequest.of(page, size, Sort.by("startsOn", "id"))),
        InterventionView::of);
  }

  @GetMapping("/api/support-cases/{businessKey}/interventions/per-focus-area-and-problem")
  @Operation(
      summary =
          "Ärendets insatser per fokusområde och prioriterat problem / interventions per focus area and problem")
  @Transactional(readOnly = true)
  public List<InterventionCount> perFocusAreaAndProblem(@PathVariable String businessKey) {
    cases.readable(businessKey);
    return service.interventionsPerFocusAreaAndProblem(businessKey);
  }

  @GetMapping("/api/interventions/per-focus-area-and-problem-category")
  @Operation(
      summary =
          "Insatser per fokusområde och problemkategori i de kommuner du ser / "
              + "interventions per focus area and problem category over the cases you may read")
  @Transactional(readOnly = true)
  public List<InterventionCount> perFocusAreaAndProblemCategory() {
    List<String> municipalities = access.readableMunicipalities();
    return service.interventionsPerFocusAreaAndProblemCategory(municipalities);
  }

  @GetMapping("/api/interventions/{id}")
  @Operation(summary = "En insats / one intervention")
  @Transactional(readOnly = true)
  public InterventionView get(@PathVariable Long id) {
    Intervention intervention = service.require(id);
    access.requireRead(intervention.getSupportCase().getMunicipalityCode());
    return InterventionView.of(intervention);
  }

  /** An intervention with the measure, problem, cause and focus area it was started for. */
  public record InterventionView(
      Long id,
      String title,
      Long problemId,
      FocusArea focusArea,
      ProblemCategory targetProblem,
      InterventionMethod method,
      Role ownerRole,
      String plan,
      LocalDate startsOn,
      LocalDate endsOn,
      String outcome,
      OutcomeRating outcomeRating,
      List<FollowUpView> followUps,
      Long measureId,
      Integer measureNumber,
      Long causeId,
      String cause) {

    static InterventionView of(Intervention i) {
      return new InterventionView(
          i.getId(),
          i.getTitle(),
          i.getProblem() == null ? null : i.getProblem().getId(),
          i.getFocusArea(),
          i.getTargetProblem(),
          i.getMethod(),
          i.getOwnerRole(),
          i.getPlan(),
          i.getStartsOn(),
          i.getEndsOn(),
          i.getOutcome(),
          i.getOutcomeRating(),
          i.getFollowUps().stream().map(FollowUpView::of).toList(),
          i.getMeasure() == null ? null : i.getMeasure().getId(),
          i.getMeasure() == null ? null : i.getMeasure().getPosition(),
          i.getCause() == null ? null : i.getCause().getId(),
          i.getCause() == null ? null : i.getCause().getDescription());
    }
  }

  public record FollowUpView(Long id, LocalDate followedUpOn, String note) {

    static FollowUpView of(FollowUp f) {
      return new FollowUpView(f.getId(), f.getFollowedUpOn(), f.getNote());
    }
  }
}
