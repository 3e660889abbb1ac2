package se.kommunstod.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import se.kommunstod.assessment.Contributor;
import se.kommunstod.assessment.SituationPictureService;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.meeting.MeetingInput.ActionItemInput;
import se.kommunstod.meeting.MeetingService;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.support.IntegrationTest;

/**
 * The gathering beans in a test model: the agenda lists recent lessons, open action items and the
 * prioritised problems; the notes become a lesson without a support case; bad notes are refused and
 * leave the task and the lessons bank as they were.
 */
@IntegrationTest
class GatheringDelegatesTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired LessonService lessons;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired LessonRepository lessonRepository;
  @Autowired MeetingService meetings;
  @Autowired SituationPictureService pictures;

  String token;

  @BeforeEach
  void deploy() throws Exception {
    repositoryService
        .createDeployment()
        .name("gathering-test")
        .enableDuplicateFiltering(true)
        .addInputStream(
            "gathering-test.bpmn",
            new ClassPathResource("knowledge/gathering-test.bpmn").getInputStream())
        .deploy();
    token = "T" + System.nanoTime();
  }

  @Test
  void theAgendaListsRecentLessonsOpenActionItemsAndProblems_andTheNotesBecomeALesson() {
    lessons.record(
        "stod-linkoping",
        new LessonInput("Lärdom " + token, "Samverka tidigt med bostadsbolaget."));
    meetings.record(
        "stod-linkoping",
        LocalDate.of(2000, 1, 1),
        "Möte " + token,
        List.of(),
        List.of(new ActionItemInput("Åtgärd " + token, Role.POLICE, LocalDate.of(2000, 1, 2))));
    pictures.record(
        "stod-linkoping", Contributor.JOINT, "Gemensam bild " + token, List.of("Problem " + token));

    String id =
        runtimeService.startProcessInstanceByKey("gatheringTest", "omgang-" + token).getId();
    String agenda = (String) runtimeService.getVariable(id, GatheringAgendaDelegate.AGENDA);
    assertThat(agenda)
        .startsWith("Dagordning – erfarenhetsträff ")
        .contains("Nya erfarenheter sedan " + EngineTime.today().minusDays(30))
        .contains("Lärdom " + token + " (Linköpings kommun)")
        .contains("Linköpings kommun: Åtgärd " + token + " (ansvar: Polisen")
        .contains("Linköpings kommun: 1. Problem " + token);
    assertThat(agenda.length()).isLessThanOrEqualTo(GatheringAgendaBuilder.MAX_LENGTH);

    Task task = taskService.createTaskQuery().processInstanceId(id).singleResult();
    taskService.complete(
        task.getId(),
        Map.of(
            GatheringNotesRecorder.NOTES,
                "Kommunerna delade hur de kartlägger otrygga platser " + token,
            GatheringNotesRecorder.FOCUS_AREAS, "SITUATIONAL_PREVENTION, youth-recruitment",
            GatheringNotesRecorder.METHOD, "EST",
            GatheringNotesRecorder.PROBLEM, "Otrygga platser"));

    Long lessonId =
        (Long)
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(id)
                .variableName(GatheringNotesRecorder.LESSON_ID)
                .singleResult()
                .getValue();
    LessonLearned lesson = lessonRepository.findById(lessonId).orElseThrow();
    assertThat(lesson.getSupportCase()).isNull();
    assertThat(lesson.getTitle()).isEqualTo("Erfarenhetsträff " + LocalDate.now(EngineTime.SWEDEN));
    assertThat(lesson.getOrigin()).contains("omgang-" + token);
    assertThat(lesson.getFocusAreas())
        .containsExactlyInAnyOrder(FocusArea.SITUATIONAL_PREVENTION, FocusArea.YOUTH_RECRUITMENT);
    assertThat(lesson.getMethod()).isEqualTo(InterventionMethod.EST);
    assertThat(lesson.getProblemCategory()).isEqualTo("Otrygga platser");
    assertThat(lesson.isReleased()).isFalse();
  }

  @Test
  void notesThatAreMissingOrHoldAPersonalIdentityNumberAreRefusedAndNothingIsStored() {
    String id =
        runtimeService.startProcessInstanceByKey("gatheringTest", "omgang-" + token).getId();
    Task task = taskService.createTaskQuery().processInstanceId(id).singleResult();
    long before = lessonRepository.count();

    assertThatThrownBy(
            () -> taskService.complete(task.getId(), Map.of(GatheringNotesRecorder.METHOD, "EST")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("inget har sparats");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task.getId(),
                    Map.of(
                        GatheringNotesRecorder.NOTES,
                        "Anteckningar om en person",
                        GatheringNotesRecorder.METHOD,
                        "NO_SUCH_METHOD")))
        .isInstanceOf(FormFieldValidationException.class);

    assertThat(lessonRepository.count()).isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(id, GatheringNotesRecorder.NOTES)).isNull();
  }

  @Test
  void lessonsSinceMustBeAPeriod() {
    assertThat(GatheringAgendaDelegate.lookback(null))
        .isEqualTo(GatheringAgendaDelegate.DEFAULT_LOOKBACK);
    assertThat(GatheringAgendaDelegate.lookback("P14D")).hasDays(14);
    assertThatThrownBy(() -> GatheringAgendaDelegate.lookback("fjorton dagar"))
        .isInstanceOf(IllegalStateException.class);
  }
}
