package se.kommunstod.plan;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.engine.EngineTime;

/**
 * Task listener ("complete") of the kick-off in {@code supportCase}:
 * {@code ${activityPlanTasks.kickOff(task)}} adopts the activity plan from {@code activityPlan} (its
 * goal), {@code focusAreas} (the checklist's codes) and {@code declarationOfIntentSigned}, dated today.
 */
@Component
public class ActivityPlanTasks {

  private final ActivityPlanService service;

  public ActivityPlanTasks(ActivityPlanService service) {
    this.service = service;
  }

  public void kickOff(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> {
      Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
      input.list("focusAreas").forEach(code -> focusAreas.add(ProcessInput.parseEnum("focusAreas", code, FocusArea.class)));
      service.kickOff(businessKey, new ActivityPlanInput(input.string("activityPlan"), focusAreas, EngineTime.today()),
          input.flag("declarationOfIntentSigned"));
    });
  }
}
