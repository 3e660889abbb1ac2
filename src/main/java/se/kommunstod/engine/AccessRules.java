package se.kommunstod.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's access rules, the same behind every door (Tasklist, Cockpit, engine REST, /api):
 * authorization checks on, tenant checks on (a person sees the data of the municipalities whose
 * tenant they or their groups belong to), and history protected per instance as well.
 *
 * <p>Camunda reports a command on another tenant's data (claim or complete a task of another
 * municipality) as a plain engine error, which both REST APIs answer with 500. Here it is an {@link
 * AuthorizationException}, answered with 403 — and the command still changes nothing.
 *
 * <p>What Camunda's checks leave open (comments, attachments, jobs by id) is closed by {@link
 * EngineDoors}; the default task permission and the login throttling are set here too.
 */
@Component
public class AccessRules extends AbstractProcessEnginePlugin {

  static final String OTHER_TENANT_MESSAGE = "belongs to no authenticated tenant";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAuthorizationEnabled(true);
    configuration.setTenantCheckEnabled(true);
    configuration.setEnableHistoricInstancePermissions(true);
    List<CommandChecker> checkers = new ArrayList<>();
    checkers.add(refusingAsForbidden(new TenantCommandChecker()));
    checkers.add(new AuthorizationCommandChecker());
    configuration.setCommandCheckers(checkers);
    // Candidate users and groups may claim, complete and fill in the form of a task (TASK_WORK),
    // not rename, reassign, add identity links or set variables outside the form (UPDATE,
    // Camunda's default). Brå advisors' wider grants are in RoleSetup.
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    // A municipality's task is granted to its role's group in that municipality, so Tasklist's
    // query weighs only that municipality's grants (MunicipalTaskGrants, issue 21).
    configuration.setResourceAuthorizationProvider(new MunicipalTaskGrants());
    // ... and its people stay in that group whoever changes their memberships (Camunda Admin too)
    configuration.setIdentityProviderSessionFactory(
        new GenericManagerFactory(LocalRoleGroups.class));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withDoors(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        withDoors(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    LoginThrottling.apply(configuration);
  }

  private static List<CommandInterceptor> withDoors(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors =
        existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new EngineDoors());
    return interceptors;
  }

  static CommandChecker refusingAsForbidden(CommandChecker tenantChecker) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          try {
            return method.invoke(tenantChecker, args);
          } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProcessEngineException
                && !(cause instanceof AuthorizationException)
                && cause.getMessage() != null
                && cause.getMessage().contains(OTHER_TENANT_MESSAGE)) {
              throw new AuthorizationException(cause.getMessage());
            }
            throw cause;
          }
        };
    return (CommandChecker)
        Proxy.newProxyInstance(
            CommandChecker.class.getClassLoader(), new Class<?>[] {CommandChecker.class}, handler);
  }
}
