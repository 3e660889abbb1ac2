package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.kommunstod.support.IntegrationTest;

/**
 * Called processes (meetings, interventions) belong to the municipality of the calling support
 * case, and a police region sees the work of all its municipalities and no other. Uses test-only
 * models (src/test/resources/access) whose call activity does not pass the municipality code.
 */
@IntegrationTest
class MunicipalityTenantsIntegrationTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  @BeforeEach
  void deployTestModels() {
    repositoryService
        .createDeployment()
        .name("access-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("access/access-test-case.bpmn")
        .addClasspathResource("access/access-test-meeting.bpmn")
        .deploy();
  }

  @Test
  void aCalledProcessBelongsToTheMunicipalityOfTheCallingCase() {
    ProcessInstance supportCase = start("trollhattan");
    assertThat(supportCase.getTenantId()).isEqualTo("trollhattan");
    completePoliceTask(supportCase);

    ProcessInstance meeting =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(supportCase.getId())
            .singleResult();
    assertThat(meeting.getProcessDefinitionId()).startsWith("accessTestMeeting:");
    assertThat(meeting.getTenantId()).isEqualTo("trollhattan");
    assertThat(runtimeService.getVariables(meeting.getId()))
        .doesNotContainKey(MunicipalityTenants.MUNICIPALITY_VARIABLE);

    String meetingTask = "/engine-rest/task?processInstanceId=" + meeting.getId();
    assertThat(tasks("samordnare.trollhattan", meetingTask)).hasSize(1);
    assertThat(tasks("samordnare.linkoping", meetingTask)).isEmpty();
    assertThat(tasks("radgivare", meetingTask)).hasSize(1);
  }

  @Test
  void aPoliceRegionSeesTheWorkOfItsMunicipalitiesOnly() {
    String trollhattan = start("trollhattan").getId();
    String goteborg = start("goteborg").getId();
    String linkoping = start("linkoping").getId();
    String query =
        "/engine-rest/task?processInstanceIdIn=" + trollhattan + "," + goteborg + "," + linkoping;

    assertThat(tasks("polis.vast", query))
        .extracting(t -> t.get("processInstanceId"))
        .containsExactlyInAnyOrder(trollhattan, goteborg);
    assertThat(tasks("polis.linkoping", query))
        .extracting(t -> t.get("processInstanceId"))
        .containsExactly(linkoping);
    assertThat(tasks("polis.trollhattan", query))
        .extracting(t -> t.get("processInstanceId"))
        .containsExactly(trollhattan);
    // a coordinator is not police: the police task is not theirs even in their own municipality
    assertThat(tasks("samordnare.trollhattan", query)).isEmpty();
  }

  private ProcessInstance start(String municipality) {
    return runtimeService.startProcessInstanceByKey(
        "accessTestCase",
        "access-" + System.nanoTime(),
        Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, municipality));
  }

  private void completePoliceTask(ProcessInstance instance) {
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
  }

  private List<Map<String, Object>> tasks(String user, String path) {
    try {
      return json.readValue(
          http.withBasicAuth(user, "demo").getForEntity(path, String.class).getBody(),
          new TypeReference<>() {});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
