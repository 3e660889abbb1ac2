package se.kommunstod.intervention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.PageResponse;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/** Interventions (insatser), their follow-ups and outcome. */
@RestController
@Tag(name = "Insatser", description = "Interventions, follow-ups and outcomes")
public class InterventionController {

  private final SupportCaseService cases;
  private final InterventionService service;
  private final InterventionRepository interventions;
  private final Access access;

  InterventionController(SupportCaseService cases, InterventionService service, InterventionRepository interventions,
      Access access) {
    this.cases = cases;
    this.service = service;
    this.interventions = interventions;
    this.access = access;
  }

  @GetMapping("/api/support-cases/{businessKey}/interventions")
  @Operation(summary = "Ärendets insatser / the case's interventions")
  @Transactional(readOnly = true)
  public PageResponse<InterventionView> list(@PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = cases.require(businessKey);
    access.requireRead(supportCase.getMunicipalityCode());
    return PageResponse.of(interventions.findBySupportCaseId(supportCase.getId(),
        PageRequest.of(page, size, Sort.by("startsOn", "id"))), InterventionView::of);
  }

  @PostMapping("/api/support-cases/{businessKey}/interventions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registrera en insats (samordnare, Brå) / register an intervention")
  @Transactional
  public InterventionView register(@PathVariable String businessKey, @Valid @RequestBody InterventionInput input) {
    access.requireWrite(cases.require(businessKey).getMunicipalityCode(), Role.MUNICIPALITY, Role.BRA);
    return InterventionView.of(service.register(businessKey, input));
  }

  @GetMapping("/api/interventions/{id}")
  @Operation(summary = "En insats / one intervention")
  @Transactional(readOnly = true)
  public InterventionView get(@PathVariable Long id) {
    Intervention intervention = service.require(id);
    access.requireRead(intervention.getSupportCase().getMunicipalityCode());
    return InterventionView.of(intervention);
  }

  @PostMapping("/api/interventions/{id}/follow-ups")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Följ upp en insats (ägande organisation, samordnare, Brå) / follow up an intervention")
  @Transactional
  public FollowUpView followUp(@PathVariable Long id, @Valid @RequestBody InterventionInput.FollowUpInput input) {
    Intervention intervention = service.require(id);
    access.requireWrite(intervention.getSupportCase().getMunicipalityCode(), Role.MUNICIPALITY, Role.BRA,
        intervention.getOwnerRole());
    return FollowUpView.of(service.followUp(id, input));
  }

  @PutMapping("/api/interventions/{id}/outcome")
  @Operation(summary = "Bedöm insatsens resultat (samordnare, Brå) / assess the outcome")
  @Transactional
  public InterventionView conclude(@PathVariable Long id, @Valid @RequestBody InterventionInput.OutcomeInput input) {
    Intervention intervention = service.require(id);
    access.requireWrite(intervention.getSupportCase().getMunicipalityCode(), Role.MUNICIPALITY, Role.BRA);
    return InterventionView.of(service.conclude(id, input));
  }

  public record InterventionView(Long id, String title, Long problemId, FocusArea focusArea,
      ProblemCategory targetProblem,
      InterventionMethod method, Role ownerRole, String plan, LocalDate startsOn, LocalDate endsOn, String outcome,
      OutcomeRating outcomeRating, List<FollowUpView> followUps) {

    static InterventionView of(Intervention i) {
      return new InterventionView(i.getId(), i.getTitle(), i.getProblem() == null ? null : i.getProblem().getId(),
          i.getFocusArea(), i.getTargetProblem(), i.getMethod(), i.getOwnerRole(), i.getPlan(), i.getStartsOn(), i.getEndsOn(),
          i.getOutcome(), i.getOutcomeRating(), i.getFollowUps().stream().map(FollowUpView::of).toList());
    }
  }

  public record FollowUpView(Long id, LocalDate followedUpOn, String note) {

    static FollowUpView of(FollowUp f) {
      return new FollowUpView(f.getId(), f.getFollowedUpOn(), f.getNote());
    }
  }
}
