package se.kommunstod.meeting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.security.Role;

/**
 * Task listeners ("complete") of the {@code cooperationMeeting} process: the agenda opens the
 * meeting's record and leaves its id in the meeting instance's variable {@code meetingId}; the
 * follow-up of open items, each organisation's report and the decisions with action items are
 * added to it. E.g. {@code ${meetingTasks.agenda(task)}}.
 */
@Component
public class MeetingTasks {

  public static final String MEETING_ID = "meetingId";

  private final MeetingService service;

  public MeetingTasks(MeetingService service) {
    this.service = service;
  }

  /** Task_PrepareAgenda: {@code meetingDate}, {@code agenda}. */
  public void agenda(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> {
      CooperationMeeting meeting = service.prepare(businessKey,
          new MeetingInput.AgendaInput(input.date("meetingDate"), input.string("agenda")));
      input.set(MEETING_ID, meeting.getId());
    });
  }

  /** Task_FollowUpOpenItems: {@code openItemsStatus}. */
  public void openItems(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) ->
        service.followUpOpenItems(meetingId(input), new MeetingInput.NoteInput(input.string("openItemsStatus"))));
  }

  /** Task_ActorReport (one per organisation): {@code actorReport}, the organisation from {@code actorGroup}. */
  public void actorReport(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> service.report(meetingId(input),
        ProcessInput.parseEnum("actorGroup", input.string("actorGroup"), Role.class),
        new MeetingInput.NoteInput(input.string("actorReport"))));
  }

  /** Task_RecordDecisions: {@code meetingDecisions} (one per line), {@code actionItems} ("roll; ÅÅÅÅ-MM-DD; vad" per line). */
  public void decisions(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> service.minute(meetingId(input), new MeetingInput.MinutesInput(
        input.lines("meetingDecisions"), MeetingRecorder.actionItems("actionItems", input.lines("actionItems")))));
  }

  private static Long meetingId(ProcessInput input) {
    Long id = input.number(MEETING_ID);
    if (id == null) {
      throw new InvalidInputException(MEETING_ID, "Mötet saknar dagordning: vilket möte som avses är okänt.",
          "The meeting has no agenda: which meeting is meant is unknown.");
    }
    return id;
  }
}
