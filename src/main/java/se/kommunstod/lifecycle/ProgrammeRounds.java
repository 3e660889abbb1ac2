package se.kommunstod.lifecycle;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import se.kommunstod.engine.AppDefinitions;

/**
 * Starts programme rounds and hands them applications. The same can be done over the engine's REST
 * API (POST /engine-rest/message with messageName {@value #APPLICATION_MESSAGE}, the round's
 * business key and the application as processVariablesLocal); this service checks the application
 * first, so bad input is refused with a clear message and nothing changes.
 */
@Service
public class ProgrammeRounds {

  public static final String PROGRAMME = "programme";
  public static final String APPLICATION_MESSAGE = "applicationReceived";

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  public ProgrammeRounds(RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  /**
   * Starts a round unless one with this business key runs, on the application's own version of the
   * programme (see {@link AppDefinitions}). {@code tunables} override the model's properties for
   * this round, e.g. {@code reportDeadline} = "2024-06-10".
   */
  public ProcessInstance start(String roundKey, Map<String, Object> tunables) {
    ProcessInstance running = running(roundKey);
    return running != null
        ? running
        : runtimeService.startProcessInstanceById(
            AppDefinitions.processDefinitionId(repositoryService, PROGRAMME), roundKey, tunables);
  }

  /**
   * Hands an application to a running round; it is prioritised at once and awaits the advisor's
   * decision.
   */
  public void submit(String roundKey, Application application) {
    if (running(roundKey) == null) {
      throw new IllegalArgumentException("Det finns ingen pågående stödomgång '" + roundKey + "'");
    }
    runtimeService
        .createMessageCorrelation(APPLICATION_MESSAGE)
        .processInstanceBusinessKey(roundKey)
        .setVariablesLocal(application.variables())
        .correlateWithResult();
  }

  private ProcessInstance running(String roundKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(PROGRAMME)
        .processInstanceBusinessKey(roundKey)
        .active()
        .singleResult();
  }
}
