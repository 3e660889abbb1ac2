package se.kommunstod.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import se.kommunstod.assessment.Contributor;
import se.kommunstod.assessment.SituationPictureInput;
import se.kommunstod.assessment.SituationPictureService;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.meeting.MeetingInput.ActionItemInput;
import se.kommunstod.meeting.MeetingService;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.privacy.PersonalDataRefusal;
import se.kommunstod.process.ProgrammeProcess;
import se.kommunstod.process.ProgrammeProcess.HoldGathering;
import se.kommunstod.security.Role;
import se.kommunstod.support.IntegrationTest;

/**
 * The programme's knowledge-exchange gathering (processes/programme.bpmn) through its real beans:
 * the agenda lists recent lessons, open action items and the prioritised problems; the notes become
 * a lesson without a support case; notes that are missing, tagged with an unknown focus area or
 * hold a personal identity number are refused and leave the task and the lessons bank as they were.
 */
@IntegrationTest
class GatheringDelegatesTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired LessonService lessons;
  @Autowired HistoryService historyService;
  @Autowired LessonRepository lessonRepository;
  @Autowired MeetingService meetings;
  @Autowired SituationPictureService pictures;

  String token;
  List<String> rounds = new ArrayList<>();

  @BeforeEach
  void token() {
    token = "T" + System.nanoTime();
  }

  /** The rounds end with the test: other tests count the programme's open tasks. */
  @AfterEach
  void endRounds() {
    rounds.forEach(round -> runtimeService.deleteProcessInstance(round, "test over"));
  }

  /** A round of the real programme whose gathering is due: its task, open. */
  private Task gathering(String roundKey) {
    String round =
        runtimeService
            .startProcessInstanceByKey(
                ProgrammeProcess.KEY, roundKey, Map.of("reportDeadline", "2030-06-10"))
            .getId();
    rounds.add(round);
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(round)
            .activityId(ProgrammeProcess.START_GATHERING_DUE)
            .singleResult()
            .getId());
    return taskService
        .createTaskQuery()
        .processInstanceId(round)
        .taskDefinitionKey(HoldGathering.ID)
        .singleResult();
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
        "stod-linkoping",
        new SituationPictureInput(
            Contributor.JOINT, "Gemensam bild " + token, List.of("Problem " + token)));

    Task task = gathering("omgang-" + token);
    String agenda = (String) taskService.getVariable(task.getId(), GatheringAgendaDelegate.AGENDA);
    assertThat(agenda)
        .startsWith("Dagordning – erfarenhetsträff ")
        .contains(
            "Nya erfarenheter sedan "
                + EngineTime.today().minus(GatheringAgendaDelegate.DEFAULT_LOOKBACK))
        .contains("Lärdom " + token + " (Linköpings kommun)")
        .contains("Linköpings kommun: Åtgärd " + token + " (ansvar: Polisen")
        .contains("Linköpings kommun: 1. Problem " + token);
    assertThat(agenda.length()).isLessThanOrEqualTo(GatheringAgendaBuilder.MAX_LENGTH);

    taskService.complete(
        task.getId(),
        Map.of(
            HoldGathering.GATHERING_NOTES.name(),
            "Kommunerna delade hur de kartlägger otrygga platser " + token,
            HoldGathering.GATHERING_FOCUS_AREAS.name(),
            List.of("SITUATIONAL_PREVENTION", "youth-recruitment")));

    Long lessonId =
        (Long)
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .variableName(GatheringTasks.LESSON_ID)
                .singleResult()
                .getValue();
    LessonLearned lesson = lessonRepository.findById(lessonId).orElseThrow();
    assertThat(lesson.getSupportCase()).isNull();
    assertThat(lesson.getTitle()).isEqualTo("Erfarenhetsträff " + LocalDate.now(EngineTime.SWEDEN));
    assertThat(lesson.getOrigin()).contains("omgang-" + token);
    assertThat(lesson.getFocusAreas())
        .containsExactlyInAnyOrder(FocusArea.SITUATIONAL_PREVENTION, FocusArea.YOUTH_RECRUITMENT);
    assertThat(lesson.isReleased()).isFalse();
  }

  @Test
  void notesThatAreMissingOrHoldAPersonalIdentityNumberAreRefusedAndNothingIsStored() {
    Task task = gathering("omgang-" + token);
    long before = lessonRepository.count();

    assertThat(refusal(task, Map.of(HoldGathering.GATHERING_TITLE.name(), "Träff")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("inget har sparats");
    assertThat(
            refusal(
                task,
                Map.of(
                    HoldGathering.GATHERING_NOTES.name(),
                    "Anteckningar om trygghetsvandringar",
                    HoldGathering.GATHERING_FOCUS_AREAS.name(),
                    List.of("no-such-area"))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(HoldGathering.GATHERING_FOCUS_AREAS.name());
    assertThat(
            refusal(
                task,
                Map.of(
                    HoldGathering.GATHERING_NOTES.name(),
                    "Anteckningar om boende 19121212-1212 vid torget")))
        .isInstanceOf(PersonalDataRefusal.class)
        .hasMessageNotContaining("1212-1212");

    assertThat(lessonRepository.count()).isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(taskService.getVariable(task.getId(), HoldGathering.GATHERING_NOTES.name()))
        .isNull();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .variableName(GatheringTasks.LESSON_ID)
                .count())
        .isZero();
  }

  /**
   * What refused completing the task with these variables: the engine wraps a listener's refusal in
   * its own exception.
   */
  private Throwable refusal(Task task, Map<String, Object> variables) {
    Throwable thrown = catchThrowable(() -> taskService.complete(task.getId(), variables));
    assertThat(thrown).isNotNull();
    return NestedExceptionUtils.getMostSpecificCause(thrown);
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
