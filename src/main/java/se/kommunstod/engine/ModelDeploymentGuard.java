package se.kommunstod.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Refuses, behind every door (engine REST as Camunda Modeler uses it, Java API), a deployment that
 * would break the application's model set:
 *
 * <ul>
 *   <li>part of the set — e.g. one BPMN file from Modeler. Its new version binds forms, called
 *       processes and decisions with {@code binding="deployment"} and would find none of them;
 *   <li>any of the set's keys for one tenant. The models are shared by all municipalities; a
 *       tenant's own version makes every start by key fail with ENGINE-03070 "multiple tenants".
 * </ul>
 *
 * The whole set, without a tenant, is let through (the application's own deployment is one); a
 * deployment without any of the set's keys is none of its business. The refusal is a {@link
 * BadUserRequestException}, which the engine REST API answers with 400 and its message, in Swedish
 * and English, and nothing is deployed.
 *
 * <p>A pre-deployer, so it runs inside the deploy command before any definition is parsed or
 * cached; definitions loaded from the database into the cache (not new) are not checked again.
 */
@Component
public class ModelDeploymentGuard extends AbstractProcessEnginePlugin {

  private final ModelSet.Keys setKeys;

  public ModelDeploymentGuard(ModelSet modelSet) {
    this.setKeys = modelSet.keys();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers =
        configuration.getCustomPreDeployers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(this::check);
    configuration.setCustomPreDeployers(deployers);
  }

  void check(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    ModelSet.Keys deployed = ModelSet.Keys.NONE;
    for (ResourceEntity resource : deployment.getResources().values()) {
      deployed = deployed.plus(ModelSet.keysOf(resource.getName(), resource.getBytes()));
    }
    ModelSet.Keys ofTheSet = deployed.shared(setKeys);
    if (ofTheSet.isEmpty()) {
      return;
    }
    if (deployment.getTenantId() != null) {
      throw new BadUserRequestException(tenantRefusal(deployment.getTenantId(), ofTheSet));
    }
    ModelSet.Keys missing = setKeys.missingFrom(deployed);
    if (!missing.isEmpty()) {
      throw new BadUserRequestException(partRefusal(ofTheSet, missing));
    }
  }

  static String tenantRefusal(String tenantId, ModelSet.Keys keys) {
    return "Kommunstöds modeller är gemensamma för alla kommuner och kan inte driftsättas för en enskild kommun"
        + " (tenant '"
        + tenantId
        + "'): "
        + keys.describe()
        + ". Driftsätt utan tenant-id, helst genom en release"
        + " av modellerna i git (docs/rollout.md)."
        + " / Kommunstöd's models are shared by all municipalities and cannot be deployed for one tenant ('"
        + tenantId
        + "'): "
        + keys.describe()
        + ". Deploy without a tenant id, preferably by releasing the models"
        + " in git (docs/rollout.md).";
  }

  static String partRefusal(ModelSet.Keys included, ModelSet.Keys missing) {
    return "Modellerna i Kommunstöd driftsätts alltid tillsammans: formulär, anropade processer och beslutstabeller"
        + " hämtas ur samma driftsättning (binding=\"deployment\"), så en enskild fil skulle ge en version utan"
        + " sina formulär. Driftsättningen innehåller "
        + included.describe()
        + " men saknar "
        + missing.describe()
        + ". Ändra modellen i git och släpp en ny version; appen driftsätter då hela uppsättningen (docs/rollout.md)."
        + " / Kommunstöd's models are always deployed together: forms, called processes and decisions are taken"
        + " from the same deployment (binding=\"deployment\"), so a single file would give a version without its"
        + " forms. The deployment contains "
        + included.describe()
        + " but lacks "
        + missing.describe()
        + ". Change the model in git and release it; the application then deploys the whole set (docs/rollout.md).";
  }
}
