package se.kommunstod.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.FormRow;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.process.CooperationMeetingProcess.ActorReport;
import se.kommunstod.process.CooperationMeetingProcess.FollowUpOpenItems;
import se.kommunstod.process.CooperationMeetingProcess.PrepareAgenda;
import se.kommunstod.process.CooperationMeetingProcess.RecordDecisions;
import se.kommunstod.process.CooperationMeetingProcess.Variables;
import se.kommunstod.process.Variable;
import se.kommunstod.security.Role;

/**
 * Task listeners of the {@code cooperationMeeting} process, e.g. {@code
 * ${meetingTasks.recordDecisions(task)}}: the agenda opens the meeting's record (its id stays in
 * the meeting instance's {@code meetingId}); the follow-up task is given the case's open action
 * items as its pre-filled list when it is created and records each item's status; each
 * organisation's report and the decisions with their action items are added to the meeting. Whether
 * there are open items ({@code hasOpenItems} at the agenda, {@code openActionItems} after the
 * decisions) is read from the records, not asked.
 */
@Component
public class MeetingTasks {

  /** The meeting's record, opened by its agenda for the rest of the meeting's steps. */
  public static final Variable<Long> MEETING_ID = Variable.leftByCode("meetingId", Long.class);

  static final String HAS_OPEN_ITEMS = "hasOpenItems";
  static final String OPEN_ACTION_ITEMS = "openActionItems";

  private final MeetingService service;

  public MeetingTasks(MeetingService service) {
    this.service = service;
  }

  /** Task_PrepareAgenda (complete): {@code meetingDate}, {@code agenda}. */
  public void prepareAgenda(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          CooperationMeeting meeting =
              service.prepare(
                  businessKey,
                  new MeetingInput.AgendaInput(
                      input.date(PrepareAgenda.MEETING_DATE), input.string(PrepareAgenda.AGENDA)));
          input.set(MEETING_ID, meeting.getId());
          // the last meeting may have been minuted after this one started: ask the records, not the
          // start
          input.set(HAS_OPEN_ITEMS, !service.openItems(businessKey).isEmpty());
        });
  }

  /**
   * Task_FollowUpOpenItems (create): the case's open action items as the form's list {@code
   * openItems}.
   */
  public void listOpenItems(DelegateTask task) {
    TaskRecording.refusingInvalidInput(
        () -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (ActionItem item : service.openItems(task.getExecution().getProcessBusinessKey())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("actionItemId", item.getId());
            row.put("description", item.getDescription());
            row.put("owner", item.getOwnerRole().organisationName());
            row.put("dueDate", item.getDueDate().toString());
            row.put("decidedOn", item.getMeeting().getHeldOn().toString());
            row.put("status", item.getStatus().code());
            rows.add(row);
          }
          // not task-local: completing over REST writes the form's answer to the execution, where a
          // local
          // pre-filled list would hide it from the complete listener
          ProcessInput.of(task).setJson(FollowUpOpenItems.OPEN_ITEMS.name(), rows);
        });
  }

  /**
   * Task_FollowUpOpenItems (complete): {@code openItems} (a status per item), {@code
   * openItemsStatus} (comment).
   */
  public void followUpOpenItems(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          List<MeetingInput.StatusUpdate> updates = new ArrayList<>();
          for (FormRow item : input.rows(FollowUpOpenItems.OPEN_ITEMS)) {
            Long id = item.number("actionItemId");
            if (id == null) {
              throw item.invalid(
                  "actionItemId", "åtgärdens nummer saknas", "the number is missing");
            }
            String status = item.string("status");
            updates.add(
                new MeetingInput.StatusUpdate(
                    id,
                    ProcessInput.parseEnum(
                        FollowUpOpenItems.OPEN_ITEMS.name(),
                        status == null ? "" : status,
                        ActionItemStatus.class),
                    item.string("note")));
          }
          service.followUpOpenItems(
              meetingId(input),
              new MeetingInput.FollowUpInput(
                  input.string(FollowUpOpenItems.OPEN_ITEMS_STATUS), updates),
              TaskRecording.userId(task));
        });
  }

  /**
   * Task_ActorReport (one per organisation): {@code actorReport}, the organisation from {@code
   * actorGroup}.
   */
  public void actorReport(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) ->
            service.report(
                meetingId(input),
                ProcessInput.parseEnum(
                    Variables.ACTOR_GROUP.name(), input.string(Variables.ACTOR_GROUP), Role.class),
                new MeetingInput.NoteInput(input.string(ActorReport.ACTOR_REPORT))));
  }

  /**
   * Task_RecordDecisions: {@code meetingDecisions} (one per line), {@code actionItems} (rows: what,
   * owner organisation, due date); leaves {@code openActionItems} for the next meeting.
   */
  public void recordDecisions(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          service.minute(
              meetingId(input),
              new MeetingInput.MinutesInput(
                  input.lines(RecordDecisions.MEETING_DECISIONS), actionItems(input)),
              TaskRecording.userId(task));
          input.set(OPEN_ACTION_ITEMS, !service.openItems(businessKey).isEmpty());
        });
  }

  /** The decisions form's rows; a message names the row at fault. */
  static List<MeetingInput.ActionItemInput> actionItems(ProcessInput input) {
    List<MeetingInput.ActionItemInput> items = new ArrayList<>();
    for (FormRow item : input.rows(RecordDecisions.ACTION_ITEMS)) {
      int row = item.number();
      String what = item.string("description");
      String owner = item.string("ownerOrganisation");
      String due = item.string("dueDate");
      if (what == null && owner == null && due == null) {
        continue; // an empty row Tasklist left: nothing was entered
      }
      if (what == null || owner == null || due == null) {
        throw new InvalidInputException(
            "actionItems",
            "Åtgärd " + row + ": fyll i vad som ska göras, ansvarig organisation och klart senast.",
            "Action item "
                + row
                + ": enter what is to be done, the owner organisation and the due date.");
      }
      Role role = ProcessInput.parseEnum("actionItems", owner, Role.class);
      items.add(
          new MeetingInput.ActionItemInput(what, role, ProcessInput.parseDate("actionItems", due)));
    }
    return items;
  }

  private static Long meetingId(ProcessInput input) {
    Long id = input.number(MEETING_ID);
    if (id == null) {
      throw new InvalidInputException(
          MEETING_ID.name(),
          "Mötet saknar dagordning: vilket möte som avses är okänt.",
          "The meeting has no agenda: which meeting is meant is unknown.");
    }
    return id;
  }
}
