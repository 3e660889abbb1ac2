package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.kommunstod.records.RecordsClient;
import se.kommunstod.security.Role;
import se.kommunstod.security.WebappSession;
import se.kommunstod.support.IntegrationTest;

/**
 * Issue 14: the process manager (group {@value Role#PROCESS_MANAGER_GROUP}, demo user
 * "processledare") over the engine REST API with the engine's real authorizations: deploys as
 * Camunda Modeler does, sees definitions, instances and history of every municipality, migrates
 * instances (one call and as a batch) — and administers no users, groups, tenants or grants, and
 * gets no Admin app. The deployment guard applies to them too: one file of the model set, or the
 * set for one tenant, is refused with a Swedish and English message and nothing is deployed.
 */
@IntegrationTest
class ProcessManagerRoleIntegrationTest {

  static final String MANAGER = "processledare";
  static final String PASSWORD = "demo";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ModelSet appModels;
  @LocalServerPort int port;

  @Test
  void deploysSeesAndMigratesEveryMunicipalitysInstancesOverTheEngineRestApi() throws IOException {
    String v1 =
        deployedDefinition(
            deploy(MANAGER, null, "process-manager-test.bpmn", testModel("Första versionen")));
    String v2 =
        deployedDefinition(
            deploy(MANAGER, null, "process-manager-test.bpmn", testModel("Andra versionen")));
    String linkoping = start(v1, "linkoping");
    String sodertalje = start(v1, "sodertalje");

    RecordsClient client = new RecordsClient(http);
    assertThat(
            client
                .getList(MANAGER, "/engine-rest/process-definition?key=processManagerTest")
                .getBody())
        .extracting(d -> d.get("version"))
        .containsExactlyInAnyOrder(1, 2);
    assertThat(
            client
                .getList(
                    MANAGER,
                    "/engine-rest/process-instance?processDefinitionKey=processManagerTest")
                .getBody())
        .extracting(i -> i.get("tenantId"))
        .containsExactlyInAnyOrder("linkoping", "sodertalje");
    // the demo support cases of all three municipalities, running and in history, and the decisions
    assertThat(
            client
                .getList(MANAGER, "/engine-rest/process-instance?processDefinitionKey=supportCase")
                .getBody())
        .extracting(i -> i.get("tenantId"))
        .contains("linkoping", "sodertalje", "trollhattan");
    assertThat(
            ((Number)
                    client
                        .get(
                            MANAGER,
                            "/engine-rest/history/process-instance/count?processDefinitionKey=supportCase")
                        .getBody()
                        .get("count"))
                .intValue())
        .isGreaterThanOrEqualTo(3);
    assertThat(
            client.getList(MANAGER, "/engine-rest/decision-definition?key=suggestMethod").getBody())
        .isNotEmpty();
    assertThat(
            client
                .getList(MANAGER, "/engine-rest/deployment?name=" + ModelDeployment.DEPLOYMENT_NAME)
                .getBody())
        .isNotEmpty();

    // migration: plan, execute one instance, then a batch for the other
    ResponseEntity<Map<String, Object>> plan =
        client.send(
            MANAGER,
            HttpMethod.POST,
            "/engine-rest/migration/generate",
            Map.of("sourceProcessDefinitionId", v1, "targetProcessDefinitionId", v2));
    assertThat(plan.getStatusCode()).as(String.valueOf(plan.getBody())).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> executed =
        client.send(
            MANAGER,
            HttpMethod.POST,
            "/engine-rest/migration/execute",
            Map.of("migrationPlan", plan.getBody(), "processInstanceIds", List.of(linkoping)));
    assertThat(executed.getStatusCode())
        .as(String.valueOf(executed.getBody()))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(definitionOf(linkoping)).isEqualTo(v2);
    ResponseEntity<Map<String, Object>> batch =
        client.send(
            MANAGER,
            HttpMethod.POST,
            "/engine-rest/migration/executeAsync",
            Map.of("migrationPlan", plan.getBody(), "processInstanceIds", List.of(sodertalje)));
    assertThat(batch.getStatusCode()).as(String.valueOf(batch.getBody())).isEqualTo(HttpStatus.OK);
    String batchId = (String) batch.getBody().get("id");
    try {
      assertThat(client.get(MANAGER, "/engine-rest/batch/" + batchId).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    } finally {
      managementService.deleteBatch(batchId, true);
    }

    // somebody without the role may not deploy
    assertThat(
            deploy("radgivare", null, "process-manager-test.bpmn", testModel("Rådgivarens"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void administersNoUsersGroupsTenantsOrGrantsAndHasNoAdminApp() {
    RecordsClient client = new RecordsClient(http);
    Map<String, ResponseEntity<Map<String, Object>>> attempts =
        Map.of(
            "user",
                client.send(
                    MANAGER,
                    HttpMethod.POST,
                    "/engine-rest/user/create",
                    Map.of(
                        "profile",
                            Map.of("id", "ny.person", "firstName", "Ny", "lastName", "Person"),
                        "credentials", Map.of("password", "hemligt-losenord-123"))),
            "group",
                client.send(
                    MANAGER,
                    HttpMethod.POST,
                    "/engine-rest/group/create",
                    Map.of("id", "nygrupp", "name", "Ny")),
            "tenant",
                client.send(
                    MANAGER,
                    HttpMethod.POST,
                    "/engine-rest/tenant/create",
                    Map.of("id", "nykommun", "name", "Ny")),
            "membership",
                client.send(
                    MANAGER,
                    HttpMethod.PUT,
                    "/engine-rest/group/camunda-admin/members/" + MANAGER,
                    null),
            "tenant membership",
                client.send(
                    MANAGER,
                    HttpMethod.PUT,
                    "/engine-rest/tenant/linkoping/user-members/" + MANAGER,
                    null),
            "grant",
                client.send(
                    MANAGER,
                    HttpMethod.POST,
                    "/engine-rest/authorization/create",
                    Map.of(
                        "type",
                        1,
                        "permissions",
                        List.of("ALL"),
                        "userId",
                        MANAGER,
                        "resourceType",
                        0,
                        "resourceId",
                        "*")));
    attempts.forEach(
        (what, answer) ->
            assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.FORBIDDEN));

    assertThat(new WebappSession(port).login("admin", MANAGER, PASSWORD)).isIn(401, 403);
    assertThat(new WebappSession(port).login("cockpit", MANAGER, PASSWORD)).isEqualTo(200);
  }

  @Test
  void oneFileOfTheModelSetOrTheSetForOneTenantIsRefusedAndNothingIsDeployed() throws IOException {
    long deployments = repositoryService.createDeploymentQuery().count();

    ResponseEntity<Map<String, Object>> single =
        deploy(
            MANAGER,
            null,
            "support-case.bpmn",
            Files.readAllBytes(Path.of("processes/support-case.bpmn")));
    assertThat(single.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) single.getBody().get("message"))
        .contains(
            "driftsätts alltid tillsammans", "binding=\"deployment\"", "saknar", "form kick-off")
        .contains("always deployed together", "lacks");

    MultiValueMap<String, Object> wholeSet = parts("kommunstod-modeler", "linkoping");
    appModels.resources().forEach((name, content) -> wholeSet.add(name, file(name, content)));
    ResponseEntity<Map<String, Object>> tenant = post(MANAGER, wholeSet);
    assertThat(tenant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tenant.getBody().get("message"))
        .contains(
            "gemensamma för alla kommuner", "tenant 'linkoping'", "shared by all municipalities");

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("supportCase")
                .tenantIdIn("linkoping")
                .count())
        .isZero();
  }

  private static byte[] testModel(String taskName) throws IOException {
    return new String(
            new ClassPathResource("rollout/process-manager-test.bpmn")
                .getInputStream()
                .readAllBytes(),
            StandardCharsets.UTF_8)
        .replace("TASK_NAME", taskName)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * POST /engine-rest/deployment/create as Camunda Modeler sends it (multipart, one part per file).
   */
  private ResponseEntity<Map<String, Object>> deploy(
      String user, String tenantId, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = parts("modeler-" + fileName, tenantId);
    parts.add(fileName, file(fileName, content));
    return post(user, parts);
  }

  private static MultiValueMap<String, Object> parts(String name, String tenantId) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("enable-duplicate-filtering", "false");
    if (tenantId != null) {
      parts.add("tenant-id", tenantId);
    }
    return parts;
  }

  private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDispositionFormData(name, name.substring(name.lastIndexOf('/') + 1));
    return new HttpEntity<>(
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return name.substring(name.lastIndexOf('/') + 1);
          }
        },
        headers);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ResponseEntity<Map<String, Object>> post(
      String user, MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return (ResponseEntity)
        http.withBasicAuth(user, PASSWORD)
            .postForEntity(
                "/engine-rest/deployment/create", new HttpEntity<>(parts, headers), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static String deployedDefinition(ResponseEntity<Map<String, Object>> deployment) {
    assertThat(deployment.getStatusCode())
        .as(String.valueOf(deployment.getBody()))
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> definitions =
        (Map<String, Object>) deployment.getBody().get("deployedProcessDefinitions");
    assertThat(definitions).hasSize(1);
    return definitions.keySet().iterator().next();
  }

  private String start(String definitionId, String municipality) {
    return runtimeService
        .startProcessInstanceById(
            definitionId, Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, municipality))
        .getId();
  }

  private String definitionOf(String instanceId) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(instanceId)
        .singleResult()
        .getProcessDefinitionId();
  }
}
