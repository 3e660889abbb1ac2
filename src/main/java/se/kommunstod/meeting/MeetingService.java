package se.kommunstod.meeting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

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
