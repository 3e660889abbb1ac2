package se.kommunstod.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kommunstod.assessment.ObservationRows.observation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kommunstod.municipality.AreaRepository;
import se.kommunstod.plan.ActivityPlanService;
import se.kommunstod.support.BrowserScript;
import se.kommunstod.support.IntegrationTest;

/**
 * Issue 17 in the real Tasklist (headless Chromium from Debian, driven by playwright-core through
 * {@code src/test/browser/method-forms.mjs}): Linköping's coordinator fills the municipality's
 * situation picture (observed problems in the municipality's areas), the joint analysis (every
 * organisation's observations side by side, prioritised problems with their causes) and the
 * kick-off's action plan (agreement, indicators, measures after Brå's template) in Tasklist, with
 * Slutför usable in forms with dynamic lists; a measure is followed up with the second indicator,
 * chosen among all the plan's; then the case page shows the method. The screenshots go to {@code
 * target/browser/}; {@code docs/} holds copies (situation-picture.png, joint-analysis.png,
 * action-plan.png, case-page.png).
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code node_modules/playwright-core}, as {@code
 * pages.TasklistBrowserTest}.
 */
@IntegrationTest
class MethodFormsBrowserTest {

  private static final String SCRIPT = "src/test/browser/method-forms.mjs";

  @LocalServerPort int port;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AreaRepository areas;
  @Autowired SituationPictureService situationPictures;
  @Autowired ActivityPlanService plans;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  @Test
  void theCoordinatorFillsTheSituationPictureTheJointAnalysisAndTheActionPlanInTasklist()
      throws Exception {
    String businessKey = "stod-linkoping-metod-webb-" + System.nanoTime();
    String caseId =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase", businessKey, Map.of("municipalityCode", "linkoping"))
            .getId();
    // the police and social services have left theirs
    complete(
        caseId,
        "Task_SituationPicturePolice",
        "situationPicturePolice",
        "Skjutningar och öppen narkotikahandel kring Skäggetorps centrum; våldet mellan två grupper har ökat sedan i våras.",
        List.of(
            observation(
                "public-order",
                area("Skäggetorp"),
                "torget",
                "omfattande",
                "okande",
                List.of("polisens-statistik", "personalens-iakttagelser"),
                "Öppen narkotikahandel kvällstid"),
            observation(
                "serious-violence",
                area("Skäggetorp"),
                "",
                "aterkommande",
                "okande",
                List.of("polisens-statistik"),
                "Skjutningar mellan två grupper")));
    complete(
        caseId,
        "Task_SituationPictureSocialServices",
        "situationPictureSocialServices",
        "Fler orosanmälningar om unga 13–15 år som rekryteras som springpojkar, särskilt i Ryd och Skäggetorp.",
        List.of(
            observation(
                "gang-recruitment",
                area("Ryd"),
                "",
                "aterkommande",
                "okande",
                List.of("socialtjanstens-statistik", "skolans-underlag"),
                "Unga 13–15 år rekryteras som springpojkar"),
            observation(
                "gang-recruitment",
                "hela-kommunen",
                "",
                "okand",
                "okand",
                List.of("ovrigt"),
                "Rekrytering via sociala medier")));

    BrowserScript.run(SCRIPT, port, businessKey);

    // what the browser entered reached the records
    transactions.executeWithoutResult(status -> theRecordsHoldWhatTheBrowserEntered(businessKey));
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(caseId)
                .processDefinitionKey("intervention")
                .count())
        .isEqualTo(2);
  }

  private void theRecordsHoldWhatTheBrowserEntered(String businessKey) {
    assertThat(
            situationPictures
                .latest(businessKey, Contributor.MUNICIPALITY)
                .orElseThrow()
                .getObservations())
        .extracting(
            Observation::getCategory,
            o -> o.getArea().getName(),
            Observation::getPlace,
            Observation::getTrend)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCategory.SITUATIONAL,
                "Skäggetorp",
                "gångtunneln mot skolan",
                ObservationTrend.OKANDE),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCategory.PUBLIC_ORDER, "Skäggetorp", "torget", ObservationTrend.OFORANDRAD));
    assertThat(situationPictures.prioritisedProblems(businessKey))
        .extracting(Problem::getDescription)
        .containsExactly(
            "Öppen narkotikahandel och otrygghet vid torget kvällstid",
            "Unga rekryteras som springpojkar");
    assertThat(situationPictures.prioritisedProblems(businessKey).get(0).getCauses())
        .extracting(ProblemCause::getDescription)
        .containsExactly(
            "Platser",
            "Frånvaro av kapabla väktare",
            "Mörk gångtunnel utan insyn",
            "Ingen vuxennärvaro efter kl. 19");
    assertThat(plans.find(businessKey).orElseThrow().getMeasures())
        .extracting(
            m -> m.getDescription(),
            m -> m.getCause().getDescription(),
            m -> m.getIndicator().getName())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Ny belysning och kameror i gångtunneln",
                "Mörk gångtunnel utan insyn",
                "Andel som känner sig trygga"),
            org.assertj.core.groups.Tuple.tuple(
                "SSPF-samverkan kring unga i riskzon",
                "Motiverade gärningspersoner",
                "Anmälda narkotikabrott vid torget"));
  }

  private void complete(
      String caseId,
      String taskKey,
      String summaryVariable,
      String summary,
      List<Map<String, Object>> observations) {
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceId(caseId)
            .taskDefinitionKey(taskKey)
            .singleResult()
            .getId();
    ObservationRows.complete(taskService, taskId, summaryVariable, summary, observations);
  }

  private String area(String name) {
    return String.valueOf(
        areas.findByMunicipalityCodeAndName("linkoping", name).orElseThrow().getId());
  }
}
