package se.kommunstod.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/** The activity plan of a case. {@link #adopt} is meant for delegates and the API; adopting again revises it. */
@Service
@Transactional
public class ActivityPlanService {

  private final SupportCaseService cases;
  private final ActivityPlanRepository plans;
  private final InputValidation validation;

  public ActivityPlanService(SupportCaseService cases, ActivityPlanRepository plans, InputValidation validation) {
    this.cases = cases;
    this.plans = plans;
    this.validation = validation;
  }

  public ActivityPlan adopt(String businessKey, ActivityPlanInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    ActivityPlan plan = plans.findBySupportCaseId(supportCase.getId()).orElseGet(() -> new ActivityPlan(supportCase));
    plan.revise(input.goal().strip(), input.adoptedOn(), input.focusAreas());
    return plans.save(plan);
  }

  /** Plain-value variant for delegates. */
  public ActivityPlan adopt(String businessKey, String goal, Set<FocusArea> focusAreas, LocalDate adoptedOn) {
    return adopt(businessKey, new ActivityPlanInput(goal, focusAreas, adoptedOn));
  }

  /** Kick-off: the plan with its focus areas, and whether the declaration of intent is signed. */
  public ActivityPlan kickOff(String businessKey, ActivityPlanInput input, boolean declarationOfIntentSigned) {
    ActivityPlan plan = adopt(businessKey, input);
    plan.setDeclarationOfIntentSigned(declarationOfIntentSigned);
    return plan;
  }

  @Transactional(readOnly = true)
  public Optional<ActivityPlan> find(String businessKey) {
    return plans.findBySupportCaseId(cases.require(businessKey).getId());
  }
}
