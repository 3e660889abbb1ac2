package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.kommunstod.process.CooperationMeetingProcess;

/**
 * Walks a support case of the real models (processes/) the way its people do in Tasklist: every
 * task completed through the engine REST API by a user of the right organisation, with the form's
 * typed variables. Due timers are executed through the ManagementService, as the job executor (off
 * in tests) would. Every step asserts that the engine accepted it.
 */
public final class CaseWalk {

  /** Who does what in one municipality's case; the Brå advisor for Brå's tasks. */
  public record People(
      String coordinator, String police, String socialServices, String housing, String advisor) {

    /** The naming of the demo users: samordnare.&lt;code&gt;, polis.&lt;code&gt;, … */
    public static People of(String municipalityCode) {
      return new People(
          "samordnare." + municipalityCode,
          "polis." + municipalityCode,
          "socialtjanst." + municipalityCode,
          "bostad." + municipalityCode,
          "radgivare");
    }

    public Map<String, String> reporters() {
      Map<String, String> reporters = new LinkedHashMap<>();
      reporters.put(coordinator, "Kommunen");
      reporters.put(police, "Polisen");
      reporters.put(socialServices, "Socialtjänsten");
      reporters.put(housing, "Bostadsbolaget");
      return reporters;
    }
  }

  /** A form value the engine REST API receives as a Json variable (Camunda Forms' checklists). */
  public record Json(String text) {}

  private final RecordsClient client;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final People people;
  private final String caseId;

  public CaseWalk(
      RecordsClient client,
      RuntimeService runtimeService,
      ManagementService managementService,
      People people,
      String caseId) {
    this.client = client;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.people = people;
    this.caseId = caseId;
  }

  public People people() {
    return people;
  }

  public String caseId() {
    return caseId;
  }

  /** Completes the instance's one open task of this kind as the user; asserts 204. */
  public void complete(
      String user,
      String processInstanceId,
      String taskDefinitionKey,
      Map<String, Object> variables) {
    completeTask(
        user,
        client.taskId(user, processInstanceId, taskDefinitionKey),
        taskDefinitionKey,
        variables);
  }

  /** Completes a task of the case's own process. */
  public void complete(String user, String taskDefinitionKey, Map<String, Object> variables) {
    complete(user, caseId, taskDefinitionKey, variables);
  }

  /** One organisation's situation picture: its text and the problem codes it names. */
  public record Picture(String text, List<String> problems) {
    public static Picture of(String text, String... problems) {
      return new Picture(text, List.of(problems));
    }
  }

  /** The needs assessment's three situation pictures, each by its own organisation's person. */
  public void situationPictures(Picture police, Picture municipality, Picture socialServices) {
    situationPicture(people.police(), "Police", police);
    situationPicture(people.coordinator(), "Municipality", municipality);
    situationPicture(people.socialServices(), "SocialServices", socialServices);
  }

  private void situationPicture(String user, String organisation, Picture picture) {
    complete(
        user,
        "Task_SituationPicture" + organisation,
        Map.of(
            "situationPicture" + organisation,
            picture.text(),
            "situationPicture" + organisation + "Problems",
            asJson(picture.problems())));
  }

  /**
   * A completion refused as bad input: 400, the task still open for the person, and a message
   * saying that nothing was stored. Returns the message, for what the refusal must name (and must
   * not echo).
   */
  public AbstractStringAssert<?> assertRefused(
      String user, String taskId, ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getStatusCode())
        .as(String.valueOf(answer.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(client.get(user, "/engine-rest/task/" + taskId).getStatusCode())
        .as("the refused task stays open")
        .isEqualTo(HttpStatus.OK);
    return assertThat((String) answer.getBody().get("message")).contains("inget har sparats");
  }

  /**
   * Every organisation's short report to the meeting, each from its own task:
   * "&lt;organisation&gt;: &lt;text&gt;".
   */
  public void reportAll(String meeting, String text) {
    people
        .reporters()
        .forEach(
            (user, organisation) ->
                completeTask(
                    user,
                    ownTaskId(user, meeting, "Task_ActorReport"),
                    "Task_ActorReport",
                    Map.of("actorReport", organisation + ": " + text)));
  }

  /**
   * A cooperation meeting of the case started on its own, as the case's implementation starts one
   * (its business key, the municipality, no open items yet): the meeting's instance id.
   */
  public static String startMeeting(
      RuntimeService runtimeService, String businessKey, String municipalityCode, String name) {
    return runtimeService
        .startProcessInstanceByKey(
            CooperationMeetingProcess.KEY,
            businessKey,
            Map.of(
                "municipalityCode",
                municipalityCode,
                "municipalityName",
                name,
                "hasOpenItems",
                false))
        .getId();
  }

  /** Executes the instance's due timer at the activity, as the job executor would. */
  public void fireTimer(String processInstanceId, String activityId) {
    Job job =
        managementService
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(activityId)
            .timers()
            .singleResult();
    assertThat(job).as("timer " + activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  /**
   * The one running instance of the process called by the case (directly or from its
   * implementation).
   */
  public String subInstance(String processDefinitionKey) {
    List<ProcessInstance> instances =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(caseId)
            .processDefinitionKey(processDefinitionKey)
            .list();
    assertThat(instances).as(processDefinitionKey).hasSize(1);
    return instances.get(0).getId();
  }

  /**
   * The running intervention the case started for a focus area of its plan (model code, e.g.
   * youth-recruitment).
   */
  public String intervention(String focusAreaCode) {
    List<ProcessInstance> instances =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(caseId)
            .processDefinitionKey("intervention")
            .variableValueEquals("focusArea", focusAreaCode)
            .list();
    assertThat(instances).as("intervention for " + focusAreaCode).hasSize(1);
    return instances.get(0).getId();
  }

  /**
   * The rows a task's form shows pre-filled in a dynamic list (a Json variable the task got when it
   * was created), as Tasklist reads them: through the engine REST's form variables, as the user.
   */
  public List<Map<String, Object>> formRows(
      String user, String processInstanceId, String taskDefinitionKey, String list) {
    String taskId = client.taskId(user, processInstanceId, taskDefinitionKey);
    Map<String, Object> variables =
        client
            .get(
                user,
                "/engine-rest/task/"
                    + taskId
                    + "/form-variables?deserializeValues=false&variableNames="
                    + list)
            .getBody();
    assertThat(variables).as(list + " of " + taskDefinitionKey).containsKey(list);
    @SuppressWarnings("unchecked")
    Map<String, Object> variable = (Map<String, Object>) variables.get(list);
    assertThat(variable.get("type")).as(String.valueOf(variable)).isEqualTo("Json");
    try {
      Object value = variable.get("value");
      return MAPPER.readValue(
          value instanceof String text ? text : MAPPER.writeValueAsString(value),
          new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Every organisation answers its own survey task (Task_ParticipantsAssessment) with its answers.
   */
  public void surveyAll(Map<String, Map<String, Object>> answersByUser) {
    answersByUser.forEach(
        (user, answers) ->
            completeTask(
                user,
                ownTaskId(user, caseId, "Task_ParticipantsAssessment"),
                "Task_ParticipantsAssessment",
                answers));
  }

  /** A dynamic list's rows as Tasklist submits them: a Json variable. */
  public static Json rows(List<Map<String, Object>> rows) {
    return asJson(rows);
  }

  private static Json asJson(Object value) {
    try {
      return new Json(MAPPER.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();

  public ResponseEntity<Map<String, Object>> send(
      String user, String taskId, Map<String, Object> variables) {
    return client.send(
        user,
        HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", typed(variables)));
  }

  public static Json json(String text) {
    return new Json(text);
  }

  /** The engine REST's typed variables, as Tasklist sends them (checklists as Json). */
  public static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach(
        (name, value) ->
            typed.put(
                name,
                value instanceof Json json
                    ? Map.of("value", json.text(), "type", "Json")
                    : Map.of(
                        "value",
                        value,
                        "type",
                        value instanceof Long
                            ? "Long"
                            : value instanceof Boolean ? "Boolean" : "String")));
    return typed;
  }

  private void completeTask(
      String user, String taskId, String taskDefinitionKey, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> answer = send(user, taskId, variables);
    assertThat(answer.getStatusCode())
        .as(taskDefinitionKey + " by " + user + ": " + answer.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * The user's own task: by candidate user, since every organisation has a report task in the same
   * meeting.
   */
  public String ownTaskId(String user, String processInstanceId, String taskDefinitionKey) {
    List<Map<String, Object>> tasks =
        client
            .getList(
                user,
                "/engine-rest/task?processInstanceId="
                    + processInstanceId
                    + "&taskDefinitionKey="
                    + taskDefinitionKey
                    + "&candidateUser="
                    + user)
            .getBody();
    assertThat(tasks).as(user + " " + taskDefinitionKey).hasSize(1);
    return (String) tasks.get(0).get("id");
  }
}
