package se.kommunstod.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.meeting.MeetingInput.ActionItemInput;
import se.kommunstod.meeting.MeetingInput.AgendaInput;
import se.kommunstod.meeting.MeetingInput.MinutesInput;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;
import se.kommunstod.engine.EngineTime;

/**
 * Cooperation meetings, their decisions and action items. {@link #record} is meant for the
 * meeting process's delegate and the API; {@link #changeStatus} for follow-up of action items.
 */
@Service
@Transactional
public class MeetingService {

  private final SupportCaseService cases;
  private final MeetingRepository meetings;
  private final ActionItemRepository actionItems;
  private final InputValidation validation;

  public MeetingService(SupportCaseService cases, MeetingRepository meetings, ActionItemRepository actionItems,
      InputValidation validation) {
    this.cases = cases;
    this.meetings = meetings;
    this.actionItems = actionItems;
    this.validation = validation;
  }

  public CooperationMeeting record(String businessKey, MeetingInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    CooperationMeeting meeting = new CooperationMeeting(supportCase, input.heldOn(), input.subject().strip());
    input.decisionsOrEmpty().forEach(decision -> meeting.decide(decision.strip()));
    input.actionItemsOrEmpty().forEach(item -> meeting.assign(
        new ActionItem(meeting, item.description().strip(), item.ownerRole(), item.dueDate())));
    return meetings.save(meeting);
  }

  /** Plain-value variant for delegates. */
  public CooperationMeeting record(String businessKey, LocalDate heldOn, String subject, List<String> decisions,
      List<MeetingInput.ActionItemInput> items) {
    return record(businessKey, new MeetingInput(heldOn, subject, decisions, items));
  }

  /** Opens the record of a meeting the process prepares: its date and agenda; decisions come later. */
  public CooperationMeeting prepare(String businessKey, AgendaInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    CooperationMeeting meeting = new CooperationMeeting(supportCase, input.heldOn(), "Samverkansmöte " + input.heldOn());
    meeting.setAgenda(input.agenda().strip());
    return meetings.save(meeting);
  }

  public CooperationMeeting followUpOpenItems(Long meetingId, MeetingInput.NoteInput input) {
    validation.check(input);
    CooperationMeeting meeting = require(meetingId);
    meeting.setOpenItemsStatus(input.text().strip());
    return meeting;
  }

  public CooperationMeeting report(Long meetingId, Role ownerRole, MeetingInput.NoteInput input) {
    validation.check(input);
    CooperationMeeting meeting = require(meetingId);
    meeting.report(new MeetingActorReport(meeting, ownerRole, input.text().strip(), EngineTime.now()));
    meetings.flush();
    return meeting;
  }

  /** Adds the decisions and action items of a prepared meeting; an action item cannot be due before the meeting. */
  public CooperationMeeting minute(Long meetingId, MinutesInput input) {
    validation.check(input);
    CooperationMeeting meeting = require(meetingId);
    List<ActionItemInput> items = input.actionItems() == null ? List.of() : input.actionItems();
    if (items.stream().anyMatch(item -> item.dueDate().isBefore(meeting.getHeldOn()))) {
      throw new InvalidInputException("actionItems", "Ett åtgärdsdatum får inte ligga före mötet ("
          + meeting.getHeldOn() + ").", "An action item cannot be due before the meeting (" + meeting.getHeldOn() + ").");
    }
    (input.decisions() == null ? List.<String>of() : input.decisions()).forEach(d -> meeting.decide(d.strip()));
    items.forEach(item -> meeting.assign(new ActionItem(meeting, item.description().strip(), item.ownerRole(),
        item.dueDate())));
    meetings.flush();
    return meeting;
  }

  public ActionItem changeStatus(Long actionItemId, ActionItemStatus status) {
    validation.check(new MeetingInput.StatusInput(status));
    ActionItem item = requireActionItem(actionItemId);
    item.setStatus(status);
    return item;
  }

  @Transactional(readOnly = true)
  public CooperationMeeting require(Long meetingId) {
    return meetings.findById(meetingId)
        .orElseThrow(() -> new RecordNotFoundException("inget samverkansmöte", "cooperation meeting", meetingId));
  }

  @Transactional(readOnly = true)
  public ActionItem requireActionItem(Long actionItemId) {
    return actionItems.findById(actionItemId)
        .orElseThrow(() -> new RecordNotFoundException("ingen åtgärdspunkt", "action item", actionItemId));
  }
}
