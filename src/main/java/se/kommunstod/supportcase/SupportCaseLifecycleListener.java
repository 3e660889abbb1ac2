package se.kommunstod.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.MunicipalityTenants;

/**
 * Execution listener for the {@code supportCase} process: on its start event ("start") it opens the
 * case record and sets {@code municipalityName}, on its end event ("end") it closes it. Use as
 * {@code camunda:delegateExpression="${supportCaseLifecycleListener}"}.
 */
@Component
public class SupportCaseLifecycleListener implements ExecutionListener {

  /** The municipality's Swedish name, passed to the called processes for their task names. */
  public static final String MUNICIPALITY_NAME = "municipalityName";

  private final SupportCaseService service;

  public SupportCaseLifecycleListener(SupportCaseService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (EVENTNAME_START.equals(execution.getEventName())) {
      String municipalityCode =
          (String) execution.getVariable(MunicipalityTenants.MUNICIPALITY_VARIABLE);
      service.open(businessKey, municipalityCode, execution.getProcessInstanceId());
      // task names carry the municipality (Tasklist lists many municipalities' tasks for Brå)
      execution.setVariable(MUNICIPALITY_NAME, service.municipalityName(municipalityCode));
    } else if (EVENTNAME_END.equals(execution.getEventName())) {
      service.close(businessKey);
    }
  }
}
