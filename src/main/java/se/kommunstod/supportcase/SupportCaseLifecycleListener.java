package se.kommunstod.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.MunicipalityTenants;

/**
 * Execution listener for the {@code supportCase} process: on its start event ("start") it opens
 * the case record, on its end event ("end") it closes it. Use as
 * {@code camunda:delegateExpression="${supportCaseLifecycle}"}.
 */
@Component("supportCaseLifecycle")
public class SupportCaseLifecycleListener implements ExecutionListener {

  private final SupportCaseService service;

  public SupportCaseLifecycleListener(SupportCaseService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (EVENTNAME_START.equals(execution.getEventName())) {
      service.open(businessKey, (String) execution.getVariable(MunicipalityTenants.MUNICIPALITY_VARIABLE),
          execution.getProcessInstanceId());
    } else if (EVENTNAME_END.equals(execution.getEventName())) {
      service.close(businessKey);
    }
  }
}
