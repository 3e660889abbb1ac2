package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.kommunstod.lifecycle.Application;
import se.kommunstod.lifecycle.ProgrammeRounds;
import se.kommunstod.support.EmbeddedPostgres;
import se.kommunstod.support.IntegrationTest;

/**
 * Issue 14: a process manager changes one BPMN, then one form, then one DMN table; each time the
 * application "restarts" on the same database (a new run of {@link ModelDeployment}, reading the
 * models from a copy of processes/ and forms/ instead of the classpath). Each run deploys the whole
 * set, a run without a change deploys nothing, a new case goes through the kick-off into an
 * intervention and a cooperation meeting with the form of every task resolving, the change is in
 * effect, and a case started before all the changes keeps working on its own version. And a foreign
 * deployment of the whole set is reported as drift, and never decides what the application starts.
 *
 * <p>On a database of its own (and an engine of its own name, so the shared test context's REST API
 * keeps finding its engine): the changed versions must not become what other tests start. So every
 * step here uses the Java API, as the REST API and Tasklist do underneath ({@code
 * FormService.getDeployedTaskForm} is what answers Tasklist's form request).
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      EmbeddedPostgres.DATABASE + "=model_rollout",
      "camunda.bpm.process-engine-name=modelrollout"
    })
class ModelSetRolloutIntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path models;

  @Autowired ModelDeployment modelDeployment;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired ModelSet appModels;
  @Autowired ModelDrift drift;
  @Autowired ProgrammeRounds programmeRounds;

  @BeforeAll
  static void copyTheModels() throws IOException {
    for (String folder : List.of("processes", "forms")) {
      Path target = Files.createDirectories(models.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.toList()) {
          Files.copy(file, target.resolve(file.getFileName()));
        }
      }
    }
  }

  @Test
  void aChangedBpmnFormOrDmnIsDeployedWithTheWholeSetAndNewAndRunningCasesWork()
      throws IOException {
    // the copy is what the app deployed at start: the same names from a folder as from the
    // classpath
    ModelDeployment.Result unchanged = restart();
    assertThat(unchanged.deployed()).isFalse();
    assertThat(unchanged.changes().unchanged()).containsExactlyElementsOf(appModels.names());
    Deployment released = unchanged.deployment();

    // a case started on the released models, already waiting at the kick-off when the changes come
    String before = startCase("stod-linkoping-rollout-before");
    walkToKickOff(before);

    // 1. one BPMN: the meeting interval of the support case
    edit(
        "processes/support-case.bpmn",
        "name=\"meetingCycle\" value=\"R/P30D\"",
        "name=\"meetingCycle\" value=\"R/P14D\"");
    Deployment bpmn = restartDeploys("processes/support-case.bpmn");
    String afterBpmn = startCase("stod-linkoping-rollout-bpmn");
    assertThat(definitionDeployment(afterBpmn)).isEqualTo(bpmn.getId());
    walkToKickOff(afterBpmn);
    assertThat(kickOffForm(afterBpmn)).contains("\"Aktivitetsplan\"");
    kickOffIntoInterventionAndMeeting(afterBpmn, "sspf", Duration.ofDays(14));

    // 2. one form: a label of the kick-off form
    edit(
        "forms/kick-off.form",
        "\"label\": \"Aktivitetsplan\"",
        "\"label\": \"Aktivitetsplan för stödet\"");
    Deployment form = restartDeploys("forms/kick-off.form");
    String afterForm = startCase("stod-linkoping-rollout-form");
    assertThat(definitionDeployment(afterForm)).isEqualTo(form.getId());
    walkToKickOff(afterForm);
    assertThat(kickOffForm(afterForm)).contains("\"Aktivitetsplan för stödet\"");
    kickOffIntoInterventionAndMeeting(afterForm, "sspf", Duration.ofDays(14));

    // 3. one DMN rule: children and young people recruited into crime now get GVI suggested
    edit(
        "processes/suggest-method.dmn",
        "<text>\"youth-recruitment\"</text></inputEntry>\n        <outputEntry id=\"Out_1_0\"><text>\"sspf\"</text>",
        "<text>\"youth-recruitment\"</text></inputEntry>\n        <outputEntry id=\"Out_1_0\"><text>\"gvi\"</text>");
    Deployment dmn = restartDeploys("processes/suggest-method.dmn");
    String afterDmn = startCase("stod-linkoping-rollout-dmn");
    assertThat(definitionDeployment(afterDmn)).isEqualTo(dmn.getId());
    walkToKickOff(afterDmn);
    kickOffIntoInterventionAndMeeting(afterDmn, "gvi", Duration.ofDays(14));

    // the case from before the changes keeps its version: its form, its table, its interval
    assertThat(definitionDeployment(before)).isEqualTo(released.getId());
    assertThat(kickOffForm(before)).contains("\"Aktivitetsplan\"").doesNotContain("för stödet");
    kickOffIntoInterventionAndMeeting(before, "sspf", Duration.ofDays(30));
    assertThat(definitionDeployment(subInstance(before, "intervention")))
        .isEqualTo(released.getId());
  }

  @Test
  void aForeignDeploymentOfTheWholeSetIsReportedAsDriftAndTheAppKeepsStartingItsOwnVersion() {
    Deployment own = AppDefinitions.latestOwnDeployment(repositoryService);
    // what someone might deploy over the engine REST API: the whole set (the guard lets it through)
    DeploymentBuilder foreign =
        repositoryService.createDeployment().name("kommunstod-modeler").source("Camunda Modeler");
    appModels
        .resources()
        .forEach(
            (name, content) ->
                foreign.addInputStream(
                    name.substring(name.lastIndexOf('/') + 1), new ByteArrayInputStream(content)));
    String foreignId = foreign.deploy().getId();

    List<ModelDrift.Drift> drifts = drift.check(appModels, own);
    List<String> keys = new ArrayList<>(appModels.keys().processes());
    keys.addAll(appModels.keys().decisions());
    keys.addAll(appModels.keys().forms());
    assertThat(drifts).extracting(ModelDrift.Drift::key).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(drifts)
        .allSatisfy(
            d -> {
              assertThat(d.deploymentId()).isEqualTo(foreignId);
              assertThat(d.describe())
                  .contains("newer than the application's own", "Camunda Modeler");
            });

    // the application still starts its own versions: a round, and the case a granted application
    // opens
    String round = "stodomgang-drift-" + System.nanoTime();
    String roundId = programmeRounds.start(round, Map.of()).getId();
    assertThat(definitionDeployment(roundId)).isEqualTo(own.getId());
    programmeRounds.submit(
        round, new Application("sigtuna", "sarskilt-utsatt", "hog", "paborjat", "god"));
    Task decide =
        taskService
            .createTaskQuery()
            .processInstanceId(roundId)
            .taskDefinitionKey("Task_DecideApplication")
            .singleResult();
    taskService.complete(
        decide.getId(),
        Map.of("decision", "bevilja", "decisionMotivation", "Särskilt utsatt område"));
    ProcessInstance opened =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("supportCase")
            .processInstanceBusinessKey("stod-sigtuna")
            .singleResult();
    assertThat(opened.getTenantId()).isEqualTo("sigtuna");
    assertThat(definitionDeployment(opened.getId())).isEqualTo(own.getId());

    // and the guard refuses through the Java API too: one file, or the set for one municipality
    assertThatThrownBy(
            () ->
                repositoryService
                    .createDeployment()
                    .name("one-file")
                    .addInputStream(
                        "support-case.bpmn",
                        new ByteArrayInputStream(
                            appModels.resources().get("processes/support-case.bpmn")))
                    .deploy())
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("saknar")
        .hasMessageContaining("lacks");
    DeploymentBuilder forTenant =
        repositoryService.createDeployment().name("one-tenant").tenantId("linkoping");
    appModels
        .resources()
        .forEach(
            (name, content) -> forTenant.addInputStream(name, new ByteArrayInputStream(content)));
    assertThatThrownBy(forTenant::deploy)
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("tenant 'linkoping'");
    assertThat(repositoryService.createProcessDefinitionQuery().tenantIdIn("linkoping").count())
        .isZero();
  }

  /** A new start of the app: ModelDeployment's run over the (edited) copy of the models. */
  private ModelDeployment.Result restart() {
    return modelDeployment.deploy(ModelSet.read(models.toUri().toString()));
  }

  /**
   * The restart deploys every model and form again, in one deployment; a second restart nothing.
   */
  private Deployment restartDeploys(String changedResource) {
    long deployments = repositoryService.createDeploymentQuery().count();
    ModelDeployment.Result result = restart();
    assertThat(result.deployed()).isTrue();
    assertThat(result.changes().changed()).containsExactly(changedResource);
    assertThat(result.changes().added()).isEmpty();
    assertThat(result.changes().removed()).isEmpty();
    String id = result.deployment().getId();
    assertThat(repositoryService.getDeploymentResourceNames(id))
        .containsExactlyInAnyOrderElementsOf(appModels.names());
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(id).list())
        .extracting(d -> d.getKey())
        .containsExactlyInAnyOrderElementsOf(appModels.keys().processes());
    assertThat(repositoryService.createDecisionDefinitionQuery().deploymentId(id).list())
        .extracting(d -> d.getKey())
        .containsExactlyInAnyOrderElementsOf(appModels.keys().decisions());
    assertThat(AppDefinitions.latestOwnDeployment(repositoryService).getId()).isEqualTo(id);

    assertThat(restart().deployed()).as("a restart without a change").isFalse();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments + 1);
    return result.deployment();
  }

  private static void edit(String resource, String from, String to) throws IOException {
    Path file = models.resolve(resource);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as(resource).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private String startCase(String businessKey) {
    return runtimeService
        .startProcessInstanceById(
            AppDefinitions.processDefinitionId(repositoryService, "supportCase"),
            businessKey,
            Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "linkoping"))
        .getId();
  }

  private String definitionDeployment(String instanceId) {
    String definitionId =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(instanceId)
            .singleResult()
            .getProcessDefinitionId();
    return repositoryService.getProcessDefinition(definitionId).getDeploymentId();
  }

  private void walkToKickOff(String caseId) {
    complete(
        caseId,
        "Task_SituationPicturePolice",
        Map.of(
            "situationPicturePolice",
            "Skjutningar mellan grupper vid torget.",
            "situationPicturePoliceProblems",
            json("[\"serious-violence\"]")));
    complete(
        caseId,
        "Task_SituationPictureMunicipality",
        Map.of(
            "situationPictureMunicipality",
            "Otrygghet i centrum.",
            "situationPictureMunicipalityProblems",
            json("[\"situational\"]")));
    complete(
        caseId,
        "Task_SituationPictureSocialServices",
        Map.of(
            "situationPictureSocialServices",
            "Unga rekryteras via sociala medier.",
            "situationPictureSocialServicesProblems",
            json("[\"gang-recruitment\"]")));
    complete(
        caseId,
        "Task_JointAnalysis",
        Map.of(
            "jointAnalysis",
            "Våldet och rekryteringen hänger ihop.",
            "prioritisedProblems",
            json("[\"serious-violence\",\"gang-recruitment\"]")));
    assertThat(openTasks(caseId)).containsKey("Task_KickOff");
  }

  private String kickOffForm(String caseId) {
    return openTasks(caseId).get("Task_KickOff").toString();
  }

  /**
   * Kick-off with one focus area, the intervention it starts, and one whole cooperation meeting.
   */
  private void kickOffIntoInterventionAndMeeting(
      String caseId, String suggestedMethod, Duration meetingInterval) {
    long kickedOffAt = ClockUtil.getCurrentTime().getTime();
    complete(
        caseId,
        "Task_KickOff",
        Map.of(
            "declarationOfIntentSigned",
            true,
            "activityPlan",
            "Minska det grova våldet genom samverkan kring torget.",
            "focusAreas",
            json("[\"youth-recruitment\"]")));

    String intervention = subInstance(caseId, "intervention");
    assertThat(runtimeService.getVariable(intervention, "suggestedMethod"))
        .isEqualTo(suggestedMethod);
    complete(
        intervention,
        "Task_PlanIntervention",
        Map.of(
            "method",
            suggestedMethod,
            "ownerOrganisation",
            "police",
            "interventionPlan",
            "Samla aktörerna och agera samfällt."));
    assertThat(openTasks(intervention)).isEmpty();

    Job meetingDue =
        managementService
            .createJobQuery()
            .processInstanceId(caseId)
            .activityId("Start_MeetingDue")
            .timers()
            .singleResult();
    assertThat(meetingDue.getDuedate().getTime() - kickedOffAt)
        .isCloseTo(meetingInterval.toMillis(), within(Duration.ofMinutes(5).toMillis()));
    managementService.executeJob(meetingDue.getId());
    String meeting = subInstance(caseId, "cooperationMeeting");
    LocalDate today = EngineTime.today();
    complete(
        meeting,
        "Task_PrepareAgenda",
        Map.of("meetingDate", today.toString(), "agenda", "1. Lägesbild"));
    List<Task> reports =
        taskService
            .createTaskQuery()
            .processInstanceId(meeting)
            .taskDefinitionKey("Task_ActorReport")
            .list();
    assertThat(reports).hasSize(4);
    openTasks(meeting);
    reports.forEach(
        report -> taskService.complete(report.getId(), Map.of("actorReport", "Inget nytt.")));
    complete(
        meeting,
        "Task_RecordDecisions",
        Map.of("meetingDecisions", "Fortsätt enligt plan", "openActionItems", false));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(meeting).count())
        .isZero();
  }

  /** Checks the open tasks' forms, then completes the instance's one task of this kind. */
  private void complete(String instanceId, String taskKey, Map<String, Object> variables) {
    openTasks(instanceId);
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  /**
   * The instance's open tasks, each with the form Tasklist would show: it must resolve, from the
   * task's own deployment, to the form the model names.
   */
  private Map<String, JsonNode> openTasks(String instanceId) {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    for (Task task :
        taskService.createTaskQuery().processInstanceId(instanceId).initializeFormKeys().list()) {
      try (InputStream in = formService.getDeployedTaskForm(task.getId())) {
        JsonNode form = JSON.readTree(in);
        assertThat(form.path("id").asText())
            .as(task.getTaskDefinitionKey())
            .isEqualTo(task.getCamundaFormRef().getKey());
        forms.put(task.getTaskDefinitionKey(), form);
      } catch (IOException e) {
        throw new AssertionError(
            "The form of " + task.getTaskDefinitionKey() + " cannot be read", e);
      }
    }
    return forms;
  }

  private String subInstance(String caseId, String key) {
    List<ProcessInstance> instances =
        new ArrayList<>(
            runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(caseId)
                .processDefinitionKey(key)
                .list());
    assertThat(instances).as(key).hasSize(1);
    return instances.get(0).getId();
  }

  private static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }
}
