package se.kommunstod.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kommunstod.support.BrowserScript;
import se.kommunstod.support.IntegrationTest;

/**
 * Kommunstöd in a real browser (headless Chromium from Debian, driven by playwright-core through
 * {@code src/test/browser/tasklist.mjs}): a municipality's coordinator and Brå's advisor log in,
 * see Tasklist without the vendor banner and without the actions their role may not take, leave a
 * required field empty and read Swedish, are refused a personal identity number in Swedish next to
 * the field, complete the task with a confirmation, and open the case page from the task; the
 * coordinator picks a date in form-js's Swedish date picker and saves a draft with a confirmation;
 * Brå reads Cockpit and an administrator Admin in Swedish. Camunda's label files are made to answer
 * two seconds late, so that no page may show a label's key. The screenshots go to {@code
 * target/browser/}; {@code docs/} holds copies.
 *
 * <p>Needs {@code /usr/bin/chromium} ({@code apt-get install chromium}, done by {@code .ci/run})
 * and {@code node_modules/playwright-core} ({@code npm ci}, run by Maven before the tests).
 */
@IntegrationTest
class TasklistBrowserTest {

  private static final String SCRIPT = "src/test/browser/tasklist.mjs";

  @LocalServerPort int port;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void municipalUserAndBraWorkTasklistInSwedishAndReachTheCasePage() throws Exception {
    // a case of its own, so that the demo case stod-linkoping and other tests stay apart
    String businessKey = "stod-linkoping-webbtest-" + System.nanoTime();
    String caseId =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase", businessKey, Map.of("municipalityCode", "linkoping"))
            .getId();
    // the police's picture is in, so the case page's timeline has a step with what it recorded
    String police =
        taskService
            .createTaskQuery()
            .processInstanceId(caseId)
            .taskDefinitionKey("Task_SituationPicturePolice")
            .singleResult()
            .getId();
    taskService.complete(
        police,
        Variables.putValue("situationPicturePolice", "Narkotikaförsäljning vid centrum kvällstid.")
            .putValue(
                "situationPicturePoliceProblems",
                SpinValues.jsonValue("[\"public-order\"]").create()));
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceId(caseId)
            .taskDefinitionKey("Task_SituationPictureMunicipality")
            .singleResult()
            .getId();
    // a cooperation meeting of the same municipality, for a form with a date ("Förbered
    // dagordning")
    String meetingId =
        se.kommunstod.records.CaseWalk.startMeeting(
            runtimeService, businessKey, "linkoping", "Linköpings kommun");
    String agendaTaskId =
        taskService
            .createTaskQuery()
            .processInstanceId(meetingId)
            .taskDefinitionKey("Task_PrepareAgenda")
            .singleResult()
            .getId();

    BrowserScript.run(SCRIPT, port, taskId, businessKey, agendaTaskId);

    // what the browser did reached the engine: the valid picture, never the refused personal
    // identity number
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(caseId)
                .variableName("situationPictureMunicipality")
                .singleResult()
                .getValue())
        .asString()
        .contains("gångtunneln")
        .doesNotContain("1212");
    // Spara keeps the draft in the browser only: the agenda task is still open and has no agenda
    // yet
    assertThat(taskService.createTaskQuery().taskId(agendaTaskId).count()).isOne();
    assertThat(runtimeService.getVariable(meetingId, "agenda")).isNull();
  }

  @Test
  void pagesSendABrowserToTheLoginPageAndApiClientsGet401() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String page :
        List.of(
            "/dashboard",
            "/arenden",
            "/arenden/stod-linkoping",
            "/api/reports/final?format=html")) {
      HttpResponse<String> browser =
          client.send(
              request(page).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(browser.statusCode()).as(page).isEqualTo(302);
      assertThat(browser.headers().firstValue("Location").orElseThrow())
          .as(page)
          .endsWith("/logga-in?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));

      HttpResponse<String> api =
          client.send(
              request(page).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).as(page).isEqualTo(401);
      assertThat(api.headers().firstValue("WWW-Authenticate").orElseThrow())
          .isEqualTo("Basic realm=\"Kommunstod\", charset=\"UTF-8\"");
    }
    // a page's own script gets 401 without a challenge, so the browser shows no password dialog
    HttpResponse<String> script =
        client.send(
            request("/api/me")
                .header("Accept", "application/json")
                .header("X-Requested-With", "XMLHttpRequest")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(script.statusCode()).isEqualTo(401);
    assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();

    HttpResponse<String> login =
        client.send(request("/logga-in").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Logga in").contains("Användarnamn");

    // en.json without moment's date locale, so only sv.json sets it (the 1-in-8 English relative
    // times)
    HttpResponse<String> english =
        client.send(
            request("/camunda/app/tasklist/locales/en.json").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.body()).contains("\"labels\"").doesNotContain("dateLocales");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }
}
