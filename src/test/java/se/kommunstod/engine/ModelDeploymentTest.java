package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.support.IntegrationTest;

@IntegrationTest
class ModelDeploymentTest {

  @Autowired ModelDeployment modelDeployment;

  @Autowired RepositoryService repositoryService;

  @Test
  void redeployingUnchangedModelsCreatesNoDeploymentAndNoVersion() {
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count();

    assertThat(modelDeployment.deployChangedModels()).isFalse();

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  void modelsAndFormsAreDeployedUnderStableNames() {
    Deployment deployment =
        repositoryService
            .createDeploymentQuery()
            .deploymentName(ModelDeployment.DEPLOYMENT_NAME)
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0);
    List<String> names =
        repositoryService.getDeploymentResources(deployment.getId()).stream()
            .map(Resource::getName)
            .toList();
    assertThat(names)
        .contains(
            "processes/support-case.bpmn",
            "processes/prioritise-application.dmn",
            "forms/kick-off.form");
    assertThat(names).allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
  }

  @Test
  void definitionsAreSharedByAllMunicipalities() {
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("supportCase")
                .latestVersion()
                .singleResult()
                .getTenantId())
        .isNull();
  }
}
