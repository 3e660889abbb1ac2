package se.kommunstod.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * One tenant per municipality. Models are deployed once, shared by all tenants; each process
 * instance gets its municipality's tenant from the start variable {@value #MUNICIPALITY_VARIABLE},
 * and called processes (meetings, interventions) inherit the tenant of their support case.
 */
@Component
public class MunicipalityTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

  /** Start variable that names the municipality (its tenant id) a process instance belongs to. */
  public static final String MUNICIPALITY_VARIABLE = "municipalityCode";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution superExecution = ctx.getSuperExecution();
    if (superExecution != null && superExecution.getTenantId() != null) {
      return superExecution.getTenantId();
    }
    Object code = ctx.getVariables() == null ? null : ctx.getVariables().get(MUNICIPALITY_VARIABLE);
    return code == null ? null : code.toString();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
