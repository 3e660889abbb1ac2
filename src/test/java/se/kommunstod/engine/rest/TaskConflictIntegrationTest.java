package se.kommunstod.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.support.IntegrationTest;

/** The engine REST API tells the second of two people completing one task that it is already done. */
@IntegrationTest
class TaskConflictIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void deployTestModel() {
    repositoryService.createDeployment().name("task-conflict-test").enableDuplicateFiltering(false)
        .addClasspathResource("engine/rest/one-task.bpmn").deploy();
  }

  @Test
  void secondCompletionOfTheSameTaskIsAConflictAndChangesNothing() {
    String instanceId = runtimeService.startProcessInstanceByKey("testOneTask").getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    ResponseEntity<String> first = complete(taskId);
    ResponseEntity<Map> second = http.withBasicAuth("admin", "demo").exchange(
        "/engine-rest/task/" + taskId + "/complete", org.springframework.http.HttpMethod.POST, jsonBody(), Map.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody()).containsEntry("message", TaskCompletionAnswers.MESSAGE_SV)
        .containsEntry("message_en", TaskCompletionAnswers.MESSAGE_EN);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId("Task_One").count()).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .finished().count()).isEqualTo(1);
  }

  @Test
  void aTaskThatNeverExistedIsNotAConflict() {
    ResponseEntity<String> answer = complete("no-such-task");

    assertThat(answer.getStatusCode()).isNotEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getStatusCode().is2xxSuccessful()).isFalse();
  }

  private ResponseEntity<String> complete(String taskId) {
    return http.withBasicAuth("admin", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", jsonBody(), String.class);
  }

  private static HttpEntity<String> jsonBody() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>("{}", headers);
  }
}
