package se.kommunstod.lifecycle;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.AppDefinitions;
import se.kommunstod.engine.MunicipalityTenants;

/**
 * Opens the support case of a selected municipality: a {@value #SUPPORT_CASE} instance with the
 * business key {@code stod-<municipalityCode>} in the municipality's tenant. A municipality has at
 * most one running support case; if one runs already it is reused.
 */
@Component("openSupportCase")
public class OpenSupportCase implements JavaDelegate {

  public static final String SUPPORT_CASE = "supportCase";
  public static final String SUPPORT_CASE_ID = "supportCaseInstanceId";

  public static String businessKey(String municipalityCode) {
    return "stod-" + municipalityCode;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object code = execution.getVariable(MunicipalityTenants.MUNICIPALITY_VARIABLE);
    if (code == null || code.toString().isBlank()) {
      throw new ProcessEngineException("The application has no municipalityCode");
    }
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String businessKey = businessKey(code.toString());
    ProcessInstance running =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(SUPPORT_CASE)
            .processInstanceBusinessKey(businessKey)
            .active()
            .singleResult();
    if (running == null) {
      // the application's own version of the case, whatever else is deployed
      // (engine.AppDefinitions)
      String definitionId =
          AppDefinitions.processDefinitionId(
              execution.getProcessEngineServices().getRepositoryService(), SUPPORT_CASE);
      running =
          runtime.startProcessInstanceById(
              definitionId,
              businessKey,
              Map.of(
                  MunicipalityTenants.MUNICIPALITY_VARIABLE,
                  code.toString(),
                  "programmeInstanceId",
                  execution.getProcessInstanceId()));
    }
    execution.setVariable(SUPPORT_CASE_ID, running.getId());
  }
}
