package se.kommunstod.demo;

import static se.kommunstod.assessment.ObservationRows.observation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.assessment.ObservationRows;
import se.kommunstod.municipality.AreaRepository;

/**
 * Issue 17's demo: Södertälje's support case has its three situation pictures, each organisation's
 * observed problems in Södertälje's areas, so that {@code samordnare.sodertalje} finds the joint
 * analysis waiting with every organisation's observations side by side (README, the tour).
 * Linköping's case starts from the beginning. The pictures are left by completing the tasks as the
 * demo people, so the records are written as Tasklist writes them. Runs after {@link DemoSetup}
 * started the case; does nothing once the pictures are in.
 */
@Component
@Profile("demo")
@Order(20)
class MethodDemo implements ApplicationRunner {

  static final String CASE = "stod-sodertalje";
  private static final Logger log = LoggerFactory.getLogger(MethodDemo.class);

  private final TaskService taskService;
  private final AreaRepository areas;

  MethodDemo(TaskService taskService, AreaRepository areas) {
    this.taskService = taskService;
    this.areas = areas;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean left =
        leave(
            "Task_SituationPictureMunicipality",
            "samordnare.sodertalje",
            "situationPictureMunicipality",
            "Otryggheten i Hovsjö och Ronna samlas kring centrumen kvällstid; klotter och skadegörelse vid skolorna har ökat.",
            observation(
                "situational",
                area("Hovsjö"),
                "Hovsjö centrum",
                "aterkommande",
                "okande",
                List.of("trygghetsmatning", "personalens-iakttagelser"),
                "Otrygg centrumplats kvällstid, dålig belysning"),
            observation(
                "public-order",
                area("Ronna, Geneta och Lina"),
                "skolgården",
                "aterkommande",
                "okande",
                List.of("personalens-iakttagelser"),
                "Klotter och skadegörelse vid skolan helger"));
    left |=
        leave(
            "Task_SituationPicturePolice",
            "polis.sodertalje",
            "situationPicturePolice",
            "Öppen narkotikahandel i Hovsjö och Ronna; konflikter mellan kriminella nätverk med skjutningar under året.",
            observation(
                "public-order",
                area("Hovsjö"),
                "Hovsjö centrum",
                "omfattande",
                "oforandrad",
                List.of("polisens-statistik", "personalens-iakttagelser"),
                "Öppen narkotikahandel kvällstid"),
            observation(
                "serious-violence",
                "hela-kommunen",
                "",
                "aterkommande",
                "minskande",
                List.of("polisens-statistik"),
                "Skjutningar i konflikten mellan två nätverk"));
    left |=
        leave(
            "Task_SituationPictureSocialServices",
            "socialtjanst.sodertalje",
            "situationPictureSocialServices",
            "Fler unga 12–15 år i riskzon i Ronna och Fornhöjden; nätverken använder dem för förvaring och transporter.",
            observation(
                "gang-recruitment",
                area("Ronna, Geneta och Lina"),
                "",
                "aterkommande",
                "okande",
                List.of("socialtjanstens-statistik", "skolans-underlag"),
                "Unga rekryteras för förvaring och transporter"),
            observation(
                "gang-recruitment",
                area("Fornhöjden"),
                "",
                "enstaka",
                "okand",
                List.of("skolans-underlag"),
                "Oro för yngre syskon till gängkriminella"));
    if (left) {
      log.info(
          "Demo: {} has its three situation pictures; the joint analysis waits for samordnare.sodertalje",
          CASE);
    }
  }

  /**
   * Completes the case's open situation picture as its organisation's demo user; false if there is
   * none.
   */
  @SafeVarargs
  private boolean leave(
      String taskKey, String user, String variable, String summary, Map<String, Object>... rows) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(CASE)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      return false;
    }
    taskService.setAssignee(task.getId(), user);
    ObservationRows.complete(taskService, task.getId(), variable, summary, List.of(rows));
    return true;
  }

  private String area(String name) {
    return areas
        .findByMunicipalityCodeAndName("sodertalje", name)
        .map(a -> String.valueOf(a.getId()))
        .orElse("hela-kommunen");
  }
}
