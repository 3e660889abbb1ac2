package se.kommunstod.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/** The activity plan (aktivitetsplan) of a support case. */
@RestController
@RequestMapping("/api/support-cases/{businessKey}/activity-plan")
@Tag(name = "Aktivitetsplan", description = "Activity plan and focus areas")
public class ActivityPlanController {

  private final SupportCaseService cases;
  private final ActivityPlanService service;
  private final Access access;

  ActivityPlanController(SupportCaseService cases, ActivityPlanService service, Access access) {
    this.cases = cases;
    this.service = service;
    this.access = access;
  }

  @GetMapping
  @Operation(summary = "Ärendets aktivitetsplan / the case's activity plan")
  @Transactional(readOnly = true)
  public ActivityPlanView get(@PathVariable String businessKey) {
    access.requireRead(cases.require(businessKey).getMunicipalityCode());
    return service.find(businessKey).map(ActivityPlanView::of)
        .orElseThrow(() -> new RecordNotFoundException("ingen aktivitetsplan", "activity plan", businessKey));
  }

  @PutMapping
  @Operation(summary = "Anta eller revidera aktivitetsplanen (samordnare, Brå) / adopt or revise the plan")
  @Transactional
  public ActivityPlanView adopt(@PathVariable String businessKey, @Valid @RequestBody ActivityPlanInput input) {
    SupportCase supportCase = cases.require(businessKey);
    access.requireWrite(supportCase.getMunicipalityCode(), Role.MUNICIPALITY, Role.BRA);
    return ActivityPlanView.of(service.adopt(businessKey, input));
  }

  public record ActivityPlanView(Long id, String goal, LocalDate adoptedOn, Set<FocusArea> focusAreas,
      List<String> focusAreaNames, Boolean declarationOfIntentSigned) {

    static ActivityPlanView of(ActivityPlan plan) {
      return new ActivityPlanView(plan.getId(), plan.getGoal(), plan.getAdoptedOn(), Set.copyOf(plan.getFocusAreas()),
          plan.getFocusAreas().stream().sorted().map(FocusArea::swedishName).toList(),
          plan.getDeclarationOfIntentSigned());
    }
  }
}
