package se.kommunstod.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.meeting.MeetingInput.ActionItemInput;
import se.kommunstod.meeting.MeetingInput.AgendaInput;
import se.kommunstod.meeting.MeetingInput.FollowUpInput;
import se.kommunstod.meeting.MeetingInput.MinutesInput;
import se.kommunstod.meeting.MeetingInput.StatusUpdate;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Cooperation meetings, their decisions and action items. The meeting process writes them: the
 * agenda opens the meeting, the decisions minute it (then it counts as held), the next meeting's
 * follow-up gives each open action item its status, dated, with who gave it. {@link #record}
 * minutes a whole meeting at once (own models, the API).
 */
@Service
@Transactional
public class MeetingService {

  private final SupportCaseService cases;
  private final MeetingRepository meetings;
  private final ActionItemRepository actionItems;
  private final InputValidation validation;

  public MeetingService(
      SupportCaseService cases,
      MeetingRepository meetings,
      ActionItemRepository actionItems,
      InputValidation validation) {
    this.cases = cases;
    this.meetings = meetings;
    this.actionItems = actionItems;
    this.validation = validation;
  }

  public CooperationMeeting record(String businessKey, MeetingInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    Instant now = EngineTime.now();
    CooperationMeeting meeting =
        new CooperationMeeting(supportCase, input.heldOn(), input.subject().strip());
    input.decisionsOrEmpty().forEach(decision -> meeting.decide(decision.strip()));
    input
        .actionItemsOrEmpty()
        .forEach(
            item ->
                meeting.assign(
                    new ActionItem(
                        meeting,
                        item.description().strip(),
                        item.ownerRole(),
                        item.dueDate(),
                        now,
                        null)));
    meeting.minuted(now);
    return meetings.save(meeting);
  }

  /** Plain-value variant for delegates. */
  public CooperationMeeting record(
      String businessKey,
      LocalDate heldOn,
      String subject,
      List<String> decisions,
      List<MeetingInput.ActionItemInput> items) {
    return record(businessKey, new MeetingInput(heldOn, subject, decisions, items));
  }

  /**
   * Opens the record of a meeting the process prepares: its date and agenda; decisions come later.
   */
  public CooperationMeeting prepare(String businessKey, AgendaInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    CooperationMeeting meeting =
        new CooperationMeeting(supportCase, input.heldOn(), "Samverkansmöte " + input.heldOn());
    meeting.setAgenda(input.agenda().strip());
    return meetings.save(meeting);
  }

  /** The case's action items that are open now, oldest first. */
  @Transactional(readOnly = true)
  public List<ActionItem> openItems(String businessKey) {
    return actionItems.findBySupportCaseAndStatus(
        cases.require(businessKey).getId(), ActionItemStatus.OPEN);
  }

  @Transactional(readOnly = true)
  public List<ActionItem> actionItems(String businessKey) {
    return actionItems.findBySupportCase(cases.require(businessKey).getId());
  }

  /**
   * The follow-up of open items at a meeting: every item listed gets its status (a changed status,
   * or a note on an unchanged one, is dated with who gave it). Only the case's open items can be
   * followed up.
   */
  public CooperationMeeting followUpOpenItems(Long meetingId, FollowUpInput input, String by) {
    validation.check(input);
    CooperationMeeting meeting = require(meetingId);
    Map<Long, ActionItem> open = new HashMap<>();
    actionItems
        .findBySupportCaseAndStatus(meeting.getSupportCase().getId(), ActionItemStatus.OPEN)
        .forEach(item -> open.put(item.getId(), item));
    Instant now = EngineTime.now();
    int row = 0;
    for (StatusUpdate update : input.itemsOrEmpty()) {
      row++;
      ActionItem item = open.remove(update.actionItemId());
      if (item == null) {
        throw new InvalidInputException(
            "openItems",
            "Rad " + row + ": åtgärden är inte en öppen åtgärd i ärendet.",
            "Row " + row + ": the action item is not an open action item of the case.");
      }
      String note = update.note() == null || update.note().isBlank() ? null : update.note().strip();
      if (update.status() != item.getStatus() || note != null) {
        item.changeStatus(update.status(), now, by, meeting, note);
      }
    }
    String comment =
        input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
    meeting.setOpenItemsStatus(comment);
    meetings.flush();
    return meeting;
  }

  public CooperationMeeting report(Long meetingId, Role ownerRole, MeetingInput.NoteInput input) {
    validation.check(input);
    CooperationMeeting meeting = require(meetingId);
    meeting.report(
        new MeetingActorReport(meeting, ownerRole, input.text().strip(), EngineTime.now()));
    meetings.flush();
    return meeting;
  }

  /**
   * Adds the decisions and action items of a prepared meeting, which then counts as held; an action
   * item cannot be due before the meeting. The message names the row at fault.
   */
  public CooperationMeeting minute(Long meetingId, MinutesInput input, String by) {
    validation.check(input);
    CooperationMeeting meeting = require(meetingId);
    List<ActionItemInput> items = input.actionItems() == null ? List.of() : input.actionItems();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).dueDate().isBefore(meeting.getHeldOn())) {
        throw new InvalidInputException(
            "actionItems",
            "Åtgärd "
                + (i + 1)
                + ": klart senast får inte ligga före mötet ("
                + meeting.getHeldOn()
                + ").",
            "Action item "
                + (i + 1)
                + ": it cannot be due before the meeting ("
                + meeting.getHeldOn()
                + ").");
      }
    }
    Instant now = EngineTime.now();
    (input.decisions() == null ? List.<String>of() : input.decisions())
        .forEach(d -> meeting.decide(d.strip()));
    items.forEach(
        item ->
            meeting.assign(
                new ActionItem(
                    meeting,
                    item.description().strip(),
                    item.ownerRole(),
                    item.dueDate(),
                    now,
                    by)));
    meeting.minuted(now);
    meetings.flush();
    return meeting;
  }

  @Transactional(readOnly = true)
  public CooperationMeeting require(Long meetingId) {
    return meetings
        .findById(meetingId)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    "inget samverkansmöte", "cooperation meeting", meetingId));
  }
}
