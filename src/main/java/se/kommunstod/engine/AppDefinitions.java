package se.kommunstod.engine;

import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Which definition the application starts for one of its keys: the one in the application's own
 * latest deployment (made by {@link ModelDeployment} from git), not simply the latest version.
 *
 * <p>Why: "latest" is whatever anyone deployed last — a Modeler deployment, or a tenant-scoped one,
 * where starting by key fails with ENGINE-03070 "multiple tenants". Starting by the id of the
 * application's own definition keeps new cases on the released models whatever else is in the
 * database ({@link ModelDrift} logs it). Without an application deployment (the plain engine of the
 * process tests) it falls back to the latest version shared by all tenants.
 */
public final class AppDefinitions {

  private AppDefinitions() {}

  /** The id of the definition of {@code key} the application starts. */
  public static String processDefinitionId(RepositoryService repositoryService, String key) {
    return withoutAuthorization(
        () -> {
          Deployment own = latestOwnDeployment(repositoryService);
          ProcessDefinition definition =
              own == null
                  ? null
                  : repositoryService
                      .createProcessDefinitionQuery()
                      .deploymentId(own.getId())
                      .processDefinitionKey(key)
                      .singleResult();
          if (definition == null) {
            definition =
                repositoryService
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .withoutTenantId()
                    .latestVersion()
                    .singleResult();
          }
          if (definition == null) {
            throw new ProcessEngineException(
                "No process '" + key + "' is deployed for all municipalities");
          }
          return definition.getId();
        });
  }

  /** The application's own latest deployment of its model set, or null if it has made none. */
  public static Deployment latestOwnDeployment(RepositoryService repositoryService) {
    List<Deployment> own =
        repositoryService
            .createDeploymentQuery()
            .deploymentName(ModelDeployment.DEPLOYMENT_NAME)
            .deploymentSource(ModelDeployment.DEPLOYMENT_SOURCE)
            .orderByDeploymentTime()
            .desc()
            .listPage(0, 1);
    return own.isEmpty() ? null : own.get(0);
  }

  /**
   * Inside a delegate the lookup runs as the user who completed the task: it needs no permission of
   * theirs.
   */
  private static <T> T withoutAuthorization(Callable<T> lookup) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      return commandContext.runWithoutAuthorization(lookup);
    }
    try {
      return lookup.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
