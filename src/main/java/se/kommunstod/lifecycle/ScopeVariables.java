package se.kommunstod.lifecycle;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the variables of one branch in its own scope. A non-interrupting event subprocess (an
 * application to a programme round) runs many times at once; without local variables every instance
 * would write its decision into the shared process instance. Used as a start listener: {@code
 * ${scopeVariables.declare(execution, 'municipalityCode,decision')}}.
 */
@Component("scopeVariables")
public class ScopeVariables {

  /**
   * Makes the comma-separated names local variables of the execution's scope. A value that the
   * triggering message left on the process instance (the engine puts a message's variables there)
   * moves into the scope; the others start empty.
   */
  public void declare(DelegateExecution execution, String names) {
    DelegateExecution processInstance = execution.getProcessInstance();
    Arrays.stream(names.split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .filter(name -> !execution.hasVariableLocal(name))
        .forEach(
            name -> {
              Object value = execution.getVariable(name);
              execution.setVariableLocal(name, value);
              if (processInstance != execution) {
                processInstance.removeVariableLocal(name);
              }
            });
  }
}
