package se.kommunstod.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.kommunstod.assessment.SituationPictureTasks;
import se.kommunstod.plan.ActivityPlanTasks;
import se.kommunstod.records.RecordsClient;
import se.kommunstod.support.IntegrationTest;
import se.kommunstod.support.OpenTasks;

/**
 * Issue 14, moving running cases: support cases started on one version of the real models and
 * driven to different places are previewed and moved to a new version of the whole set through
 * /api/admin/migrations, as a process manager would, on the embedded PostgreSQL. Then every case
 * and its meetings and interventions are on the new version, every timer kept its due date, a
 * used-up meeting cycle stayed used up, and the cases run to their end. A move the engine cannot do
 * for one called instance is refused and leaves everything as it was.
 */
@IntegrationTest
class CaseMigrationIntegrationTest {

  static final String PROCESS_MANAGER = "processledare.migration-test";
  static final String PROCESS_MANAGER_PASSWORD = "flytta-arenden-2026";
  static final String BASE = "/api/admin/migrations/supportCase";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  RecordsClient client;
  CaseDriver driver;
  final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void processManager() {
    // the role set-up creates the group in the app; a test of this feature must not depend on it
    if (identityService.createGroupQuery().groupId(MigrationAccess.PROCESS_MANAGER_GROUP).count()
        == 0) {
      Group group = identityService.newGroup(MigrationAccess.PROCESS_MANAGER_GROUP);
      group.setName("Processledare");
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(PROCESS_MANAGER).count() == 0) {
      User user = identityService.newUser(PROCESS_MANAGER);
      user.setFirstName("Processledare");
      user.setLastName("Test");
      user.setPassword(PROCESS_MANAGER_PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(PROCESS_MANAGER, MigrationAccess.PROCESS_MANAGER_GROUP);
    }
    client = new RecordsClient(http).withPassword(PROCESS_MANAGER, PROCESS_MANAGER_PASSWORD);
    driver =
        new CaseDriver(runtimeService, taskService, formService, managementService, historyService);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    // the versions deployed here go again (with what runs on them), so other tests see the app's
    // models
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void casesMoveWithTheirMeetingsAndInterventionsKeepingTimersAndRunToTheirEnd() {
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(t0));
    String run = "mig-" + System.nanoTime();
    Map<String, Object> demoCycle =
        Map.of(
            "municipalityCode", "linkoping", "meetingCycle", "R2/PT2M", "followUpInterval", "PT2M");

    // A: before the kick-off, in the situation pictures; no own cycle, so the model's meetingCycle
    // applies later
    String keyA = run + "-a";
    String caseA = driver.start(keyA, Map.of("municipalityCode", "linkoping"));
    // B: in implementation, a meeting waiting for the actors' reports, the intervention being
    // planned
    String keyB = run + "-b";
    String caseB = driver.start(keyB, demoCycle);
    driver.assess(keyB);
    driver.complete(keyB, "Task_KickOff");
    driver.fire(caseB, "Start_MeetingDue");
    driver.complete(keyB, "Task_PrepareAgenda");
    // C: both meetings of R2 held or started (the cycle is used up), the intervention waiting for
    // its follow-up
    String keyC = run + "-c";
    String caseC = driver.start(keyC, demoCycle);
    driver.assess(keyC);
    driver.complete(keyC, "Task_KickOff");
    driver.complete(keyC, "Task_PlanIntervention");
    driver.fire(caseC, "Start_MeetingDue");
    driver.complete(keyC, "Task_PrepareAgenda");
    assertThat(driver.complete(keyC, "Task_ActorReport")).isEqualTo(4);
    driver.complete(keyC, "Task_RecordDecisions");
    driver.fire(caseC, "Start_MeetingDue");
    assertThat(driver.timer(caseC, "Start_MeetingDue")).as("R2 used up").isNull();
    // D: the kick-off stalled and was escalated (its escalation timer has fired)
    String keyD = run + "-d";
    String caseD = driver.start(keyD, demoCycle);
    driver.assess(keyD);
    driver.fire(caseD, "Boundary_EscalateKickOff");
    assertThat(driver.timer(caseD, "Boundary_EscalateKickOff")).isNull();

    // ten days later: A's escalation timers (P21D) are half spent
    Instant t1 = t0.plus(Duration.ofDays(10));
    ClockUtil.setCurrentTime(Date.from(t1));
    List<String> keys = List.of(keyA, keyB, keyC, keyD);
    List<String> cases = List.of(caseA, caseB, caseC, caseD);
    TreeSet<String> timersBefore = timers(keys);
    TreeSet<String> definitionsBefore = definitions(keys);
    assertThat(timersBefore)
        .contains(
            caseA + " Boundary_EscalateSituationPicturePolice " + t0.plus(Duration.ofDays(21)));

    // a process manager changes the meeting interval in support-case.bpmn; the whole set is
    // deployed
    deploy(
        "migration-test-v2",
        Map.of(
            "support-case.bpmn",
            text ->
                text.replace(
                    "name=\"meetingCycle\" value=\"R/P30D\"",
                    "name=\"meetingCycle\" value=\"R/P14D\"")));
    ProcessDefinition v2 = latest("supportCase");

    // someone else may not look or move
    ResponseEntity<Map<String, Object>> forbidden = client.get("radgivare", BASE + "/preview");
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forbidden.getBody()).containsKeys("detail", "detail_en");
    assertThat((String) forbidden.getBody().get("detail")).contains("processledare");

    // preview: what would move, how, and what happens to each timer; nothing changes
    Map<String, Object> selection = Map.of("processInstanceIds", cases);
    ResponseEntity<Map<String, Object>> preview =
        client.send(PROCESS_MANAGER, HttpMethod.POST, BASE + "/preview", selection);
    assertThat(preview.getStatusCode())
        .as(String.valueOf(preview.getBody()))
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> report = preview.getBody();
    assertThat(report)
        .containsEntry("movable", true)
        .containsEntry("changed", false)
        .containsEntry("cases", 4)
        .containsEntry("calledInstances", 4);
    assertThat(list(report, "problems")).isEmpty();
    assertThat(map(report, "target")).containsEntry("processDefinitionId", v2.getId());
    Map<String, Object> casePlan =
        list(report, "plans").stream()
            .filter(plan -> plan.get("processDefinitionKey").equals("supportCase"))
            .findFirst()
            .orElseThrow();
    assertThat(list(casePlan, "instructions"))
        .extracting(i -> i.get("sourceActivityId") + "->" + i.get("targetActivityId"))
        .contains(
            "Task_KickOff->Task_KickOff",
            "Boundary_EscalateKickOff->Boundary_EscalateKickOff",
            "Start_MeetingDue->Start_MeetingDue",
            "CallActivity_CooperationMeeting->CallActivity_CooperationMeeting",
            "CallActivity_Intervention->CallActivity_Intervention");
    assertThat(list(report, "plans"))
        .extracting(plan -> plan.get("processDefinitionKey"))
        .containsExactlyInAnyOrder("supportCase", "intervention", "cooperationMeeting");
    assertThat(timerOutcomes(report, caseC)).containsEntry("Start_MeetingDue", "NOT_REARMED");
    assertThat(timerOutcomes(report, caseB)).containsEntry("Start_MeetingDue", "KEPT");
    assertThat(timerOutcomes(report, caseA))
        .containsEntry("Boundary_EscalateSituationPicturePolice", "KEPT");
    assertThat(instance(report, caseA).get("activities").toString())
        .contains("Lämna polisens lägesbild");
    assertThat(timers(keys)).as("the preview changed no timer").isEqualTo(timersBefore);
    assertThat(definitions(keys)).as("the preview moved nothing").isEqualTo(definitionsBefore);

    // the preview of everything (GET, as an administrator) lists these cases too, and changes
    // nothing either
    ResponseEntity<Map<String, Object>> all = client.get("admin", BASE + "/preview");
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(all.getBody()).containsEntry("changed", false);
    assertThat(list(all.getBody(), "instances"))
        .extracting(i -> i.get("processInstanceId"))
        .containsAll(cases);
    assertThat(definitions(keys)).isEqualTo(definitionsBefore);

    // move, against the previewed target
    ResponseEntity<Map<String, Object>> moved =
        client.send(
            PROCESS_MANAGER,
            HttpMethod.POST,
            BASE + "/execute",
            Map.of("processInstanceIds", cases, "targetProcessDefinitionId", v2.getId()));
    assertThat(moved.getStatusCode()).as(String.valueOf(moved.getBody())).isEqualTo(HttpStatus.OK);
    Map<String, Object> result = moved.getBody();
    assertThat(result)
        .containsEntry("movable", true)
        .containsEntry("changed", true)
        .containsEntry("cases", 4)
        .containsEntry("calledInstances", 4);
    assertThat(map(result, "timers"))
        .containsEntry("notRearmed", 1)
        .containsEntry("dropped", 0)
        .containsEntry("dueDatesRestored", 0);
    System.out.printf(
        "Migration figures: %s cases, %s called instances, %s instructions, timers %s, %s ms%n",
        result.get("cases"),
        result.get("calledInstances"),
        result.get("instructions"),
        result.get("timers"),
        result.get("durationMs"));

    // every case and every running meeting and intervention is on the new deployment
    for (String key : keys) {
      for (ProcessInstance instance : driver.family(key)) {
        assertThat(
                repositoryService
                    .getProcessDefinition(instance.getProcessDefinitionId())
                    .getDeploymentId())
            .as(key + " " + instance.getProcessDefinitionId())
            .isEqualTo(v2.getDeploymentId());
      }
    }
    assertThat(timers(keys))
        .as("every timer kept its due date, no used-up timer started again")
        .isEqualTo(timersBefore);
    assertThat(driver.timer(caseC, "Start_MeetingDue")).isNull();
    assertThat(driver.timer(caseD, "Boundary_EscalateKickOff")).isNull();

    // the cases go on, on the new version
    // A reaches implementation after the move: its meetings follow the new interval (R/P14D)
    driver.assess(keyA);
    driver.complete(keyA, "Task_KickOff");
    assertThat(driver.timer(caseA, "Start_MeetingDue").getDuedate().toInstant())
        .isEqualTo(t1.plus(Duration.ofDays(14)));
    driver.finish(keyA, caseA);
    // B: the moved meeting ends, then the cycle's last meeting starts from the new version
    assertThat(driver.complete(keyB, "Task_ActorReport")).isEqualTo(4);
    driver.complete(keyB, "Task_RecordDecisions");
    driver.fire(caseB, "Start_MeetingDue");
    assertThat(
            repositoryService
                .getProcessDefinition(
                    driver.called(keyB, "cooperationMeeting").getProcessDefinitionId())
                .getDeploymentId())
        .isEqualTo(v2.getDeploymentId());
    assertThat(driver.timer(caseB, "Start_MeetingDue"))
        .as("R2 used up after the move too")
        .isNull();
    driver.finish(keyB, caseB);
    driver.finish(keyC, caseC);
    driver.complete(keyD, "Task_EscalateKickOff");
    driver.finish(keyD, caseD);
  }

  @Test
  void aMoveTheEngineCannotDoForOneCalledInstanceIsRefusedAndChangesNothing() {
    String run = "mig-refused-" + System.nanoTime();
    // E: implementation started, its intervention waiting in "Planera insats", a meeting preparing
    // its agenda
    String keyE = run + "-e";
    String caseE =
        driver.start(
            keyE,
            Map.of(
                "municipalityCode",
                "linkoping",
                "meetingCycle",
                "R2/PT2M",
                "followUpInterval",
                "PT2M"));
    driver.assess(keyE);
    driver.complete(keyE, "Task_KickOff");
    driver.fire(caseE, "Start_MeetingDue");
    // F: still in the situation pictures, which the new version keeps
    String keyF = run + "-f";
    String caseF = driver.start(keyF, Map.of("municipalityCode", "linkoping"));
    ProcessDefinition before = latest("supportCase");
    List<String> keys = List.of(keyE, keyF);
    TreeSet<String> timersBefore = timers(keys);
    TreeSet<String> definitionsBefore = definitions(keys);

    // the new version renames the intervention's planning step: a running plan task has no
    // counterpart
    deploy(
        "migration-test-v3",
        Map.of(
            "intervention.bpmn",
            text -> text.replace("Task_PlanIntervention", "Task_PlanInterventionV3")));
    Map<String, Object> selection = Map.of("processInstanceIds", List.of(caseE, caseF));

    Map<String, Object> preview =
        client.send(PROCESS_MANAGER, HttpMethod.POST, BASE + "/preview", selection).getBody();
    assertThat(preview).containsEntry("movable", false).containsEntry("changed", false);
    assertThat(list(preview, "problems"))
        .anySatisfy(
            problem -> {
              assertThat(problem)
                  .containsEntry("processDefinitionKey", "intervention")
                  .containsEntry("activityId", "Task_PlanIntervention")
                  .containsEntry("activityName", "Planera insats")
                  .containsEntry("businessKey", keyE);
              assertThat((String) problem.get("reason")).contains("saknas i version");
              assertThat((String) problem.get("reason_en")).contains("lacks");
            });
    Map<String, Object> interventionPlan =
        list(preview, "plans").stream()
            .filter(plan -> plan.get("processDefinitionKey").equals("intervention"))
            .findFirst()
            .orElseThrow();
    assertThat(list(interventionPlan, "notMapped"))
        .extracting(n -> n.get("activityId"))
        .contains("Task_PlanIntervention", "Boundary_EscalatePlan");

    // the move is refused with the reason, in Swedish and English; the cases' own plan had gone
    // through inside the transaction before the intervention's failed, and is rolled back with it
    ResponseEntity<Map<String, Object>> refused =
        client.send(PROCESS_MANAGER, HttpMethod.POST, BASE + "/execute", selection);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).containsEntry("type", "urn:kommunstod:problem:migration-refused");
    assertThat((String) refused.getBody().get("detail"))
        .startsWith("Ärendena flyttades inte, ingenting har ändrats")
        .contains("Planera insats");
    assertThat((String) refused.getBody().get("detail_en"))
        .startsWith("The cases were not moved, nothing was changed");
    assertThat(list(refused.getBody(), "problems")).isNotEmpty();
    assertThat(definitions(keys)).as("nothing moved").isEqualTo(definitionsBefore);
    assertThat(timers(keys)).as("no timer changed").isEqualTo(timersBefore);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(caseF)
                .singleResult()
                .getProcessDefinitionId())
        .isEqualTo(before.getId());

    // a move against a target other than the latest (a newer version came after the preview) is
    // refused too
    ResponseEntity<Map<String, Object>> stale =
        client.send(
            PROCESS_MANAGER,
            HttpMethod.POST,
            BASE + "/execute",
            Map.of(
                "processInstanceIds", List.of(caseF), "targetProcessDefinitionId", before.getId()));
    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) stale.getBody().get("detail")).contains("förhandsgranska igen");
    assertThat(definitions(keys)).isEqualTo(definitionsBefore);
  }

  @Test
  void aTaskWaitingDuringTheMoveShowsWhatItsNewFormReadsFromEarlierSteps() {
    String run = "mig-forms-" + System.nanoTime();
    // a version without the create listeners that show the joint analysis the organisations'
    // observations and the kick-off the prioritised problems (as before issue 17)
    deploy(
        "migration-test-without-prepare",
        Map.of(
            "support-case.bpmn",
            text ->
                text.replace(
                        "<camunda:taskListener expression=\"${situationPictureTasks.prepareJoint(task)}\""
                            + " event=\"create\" />",
                        "")
                    .replace(
                        "<camunda:taskListener expression=\"${activityPlanTasks.prepare(task)}\""
                            + " event=\"create\" />",
                        "")));
    // J waits at the joint analysis, K at the kick-off, each in a task the old version created
    String keyJ = run + "-j";
    String caseJ = driver.start(keyJ, Map.of("municipalityCode", "linkoping"));
    driver.complete(keyJ, "Task_SituationPictureMunicipality");
    driver.complete(keyJ, "Task_SituationPicturePolice");
    driver.complete(keyJ, "Task_SituationPictureSocialServices");
    String keyK = run + "-k";
    String caseK = driver.start(keyK, Map.of("municipalityCode", "linkoping"));
    driver.assess(keyK);
    String joint = task(caseJ, "Task_JointAnalysis");
    String kickOff = task(caseK, "Task_KickOff");
    assertThat(taskService.getVariable(joint, SituationPictureTasks.OBSERVATION_ROWS)).isNull();
    assertThat(taskService.getVariable(kickOff, ActivityPlanTasks.PROBLEM_ROWS)).isNull();
    String jointName = taskService.createTaskQuery().taskId(joint).singleResult().getName();

    // the models as they are now, deployed as the next version; both cases move
    deploy("migration-test-with-prepare", Map.of());
    ProcessDefinition target = latest("supportCase");
    ResponseEntity<Map<String, Object>> moved =
        client.send(
            PROCESS_MANAGER,
            HttpMethod.POST,
            BASE + "/execute",
            Map.of(
                "processInstanceIds",
                List.of(caseJ, caseK),
                "targetProcessDefinitionId",
                target.getId()));
    assertThat(moved.getStatusCode()).as(String.valueOf(moved.getBody())).isEqualTo(HttpStatus.OK);

    // the same tasks, now showing what the new forms read from the earlier steps
    assertThat(task(caseJ, "Task_JointAnalysis")).isEqualTo(joint);
    assertThat(task(caseK, "Task_KickOff")).isEqualTo(kickOff);
    assertThat(rows(joint, SituationPictureTasks.OBSERVATION_ROWS))
        .as("every organisation's observations")
        .hasSize(3);
    assertThat(rows(joint, SituationPictureTasks.OBSERVATION_OPTIONS)).hasSize(3);
    assertThat(rows(kickOff, ActivityPlanTasks.PROBLEM_ROWS)).isNotEmpty();
    assertThat(rows(kickOff, ActivityPlanTasks.PROBLEM_OPTIONS)).isNotEmpty();
    assertThat(rows(kickOff, ActivityPlanTasks.CAUSE_OPTIONS)).isNotEmpty();
    // a listener both versions have ran once, when the task was created
    assertThat(taskService.createTaskQuery().taskId(joint).singleResult().getName())
        .isEqualTo(jointName);
    // and the moved tasks can be completed with their new forms' choices
    driver.complete(keyJ, "Task_JointAnalysis");
    driver.complete(keyK, "Task_KickOff");
    assertThat(taskService.createTaskQuery().taskId(kickOff).count()).isZero();
  }

  private String task(String caseId, String taskKey) {
    return OpenTasks.id(taskService, caseId, taskKey);
  }

  private List<?> rows(String taskId, String variable) {
    Object value = taskService.getVariable(taskId, variable);
    assertThat(value).as(variable).isInstanceOf(SpinJsonNode.class);
    return ((SpinJsonNode) value).elements();
  }

  @Test
  void theScriptPreviewsThenMovesTheCases() throws Exception {
    String run = "mig-script-" + System.nanoTime();
    String keyG = run + "-g";
    String caseG =
        driver.start(
            keyG,
            Map.of(
                "municipalityCode",
                "linkoping",
                "meetingCycle",
                "R2/PT2M",
                "followUpInterval",
                "PT2M"));
    driver.assess(keyG);
    driver.complete(keyG, "Task_KickOff");
    String keyH = run + "-h";
    String caseH = driver.start(keyH, Map.of("municipalityCode", "linkoping"));
    List<String> keys = List.of(keyG, keyH);
    TreeSet<String> definitionsBefore = definitions(keys);
    TreeSet<String> timersBefore = timers(keys);
    deploy(
        "migration-test-script",
        Map.of(
            "support-case.bpmn",
            text ->
                text.replace(
                    "name=\"meetingCycle\" value=\"R/P30D\"",
                    "name=\"meetingCycle\" value=\"R/P21D\"")));
    ProcessDefinition target = latest("supportCase");

    Script preview = script("supportCase", caseG, caseH);
    assertThat(preview.exitCode()).as(preview.output()).isZero();
    assertThat(preview.output())
        .contains("Förhandsgranskning (ingenting ändras)", target.getId(), "Kan flyttas.");
    assertThat(definitions(keys)).isEqualTo(definitionsBefore);

    Script moved = script("--execute", "--yes", "supportCase", caseG, caseH);
    assertThat(moved.exitCode()).as(moved.output()).isZero();
    assertThat(moved.output()).contains("Flyttat:");
    for (String key : keys) {
      for (ProcessInstance instance : driver.family(key)) {
        assertThat(
                repositoryService
                    .getProcessDefinition(instance.getProcessDefinitionId())
                    .getDeploymentId())
            .isEqualTo(target.getDeploymentId());
      }
    }
    assertThat(timers(keys)).isEqualTo(timersBefore);

    Script refused = scriptAs("radgivare", "demo", "supportCase", caseG);
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.output()).contains("403", "processledare");
  }

  record Script(int exitCode, String output) {}

  private Script script(String... arguments) throws Exception {
    return scriptAs(PROCESS_MANAGER, PROCESS_MANAGER_PASSWORD, arguments);
  }

  /** scripts/migrate-cases.sh against this test's server, as the given user. */
  private Script scriptAs(String user, String password, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "scripts/migrate-cases.sh"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("KOMMUNSTOD_URL", http.getRootUri());
    builder.environment().put("KOMMUNSTOD_USER", user);
    builder.environment().put("KOMMUNSTOD_PASSWORD", password);
    Process process = builder.start();
    String output =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    System.out.println(output);
    return new Script(process.exitValue(), output);
  }

  private void deploy(String name, Map<String, java.util.function.UnaryOperator<String>> edits) {
    Deployment deployment = ModelSet.deploy(repositoryService, name, edits);
    deployments.add(deployment.getId());
  }

  private ProcessDefinition latest(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .withoutTenantId()
        .latestVersion()
        .singleResult();
  }

  /** "instance activity due" for every timer of the cases and their called instances. */
  private TreeSet<String> timers(List<String> businessKeys) {
    TreeSet<String> timers = new TreeSet<>();
    for (String key : businessKeys) {
      for (ProcessInstance instance : driver.family(key)) {
        for (Job job :
            managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .list()) {
          JobDefinition definition =
              managementService
                  .createJobDefinitionQuery()
                  .jobDefinitionId(job.getJobDefinitionId())
                  .singleResult();
          timers.add(
              instance.getId()
                  + " "
                  + definition.getActivityId()
                  + " "
                  + job.getDuedate().toInstant());
        }
      }
    }
    return timers;
  }

  private TreeSet<String> definitions(List<String> businessKeys) {
    TreeSet<String> definitions = new TreeSet<>();
    for (String key : businessKeys) {
      driver
          .family(key)
          .forEach(
              instance ->
                  definitions.add(instance.getId() + " " + instance.getProcessDefinitionId()));
    }
    return definitions;
  }

  private static Map<String, Object> instance(
      Map<String, Object> report, String processInstanceId) {
    return list(report, "instances").stream()
        .filter(i -> i.get("processInstanceId").equals(processInstanceId))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> timerOutcomes(
      Map<String, Object> report, String processInstanceId) {
    Map<String, Object> outcomes = new java.util.HashMap<>();
    list(instance(report, processInstanceId), "timers")
        .forEach(t -> outcomes.put((String) t.get("activityId"), t.get("outcome")));
    return outcomes;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    return (List<Map<String, Object>>) map.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> map, String key) {
    return (Map<String, Object>) map.get(key);
  }
}
