package se.kommunstod.meeting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.RecordingDelegate;
import se.kommunstod.security.Role;

/**
 * Writes the minutes of a cooperation meeting. Reads {@code meetingHeldOn} (date), {@code
 * meetingSubject}, {@code meetingDecisions} (one per line) and {@code meetingActionItems} (one per
 * line: "ROLE; YYYY-MM-DD; what", e.g. "POLICE; 2026-12-01; Kartlägg otrygga platser"). Use as
 * {@code camunda:delegateExpression="${meetingRecorder}"}.
 */
@Component("meetingRecorder")
public class MeetingRecorder extends RecordingDelegate {

  public static final String HELD_ON = "meetingHeldOn";
  public static final String SUBJECT = "meetingSubject";
  public static final String DECISIONS = "meetingDecisions";
  public static final String ACTION_ITEMS = "meetingActionItems";

  private final MeetingService service;

  public MeetingRecorder(MeetingService service) {
    this.service = service;
  }

  @Override
  protected void record(String businessKey, ProcessInput input) {
    service.record(
        businessKey,
        input.date(HELD_ON),
        input.string(SUBJECT),
        input.lines(DECISIONS),
        actionItems(ACTION_ITEMS, input.lines(ACTION_ITEMS)));
  }

  /**
   * Action items written one per line as "roll; ÅÅÅÅ-MM-DD; vad", the role as group id (police) or
   * name (POLICE).
   */
  static List<MeetingInput.ActionItemInput> actionItems(String field, List<String> lines) {
    List<MeetingInput.ActionItemInput> items = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split(";", 3);
      if (parts.length != 3) {
        throw new InvalidInputException(
            field,
            "Varje åtgärdspunkt skrivs på en egen rad: roll; ÅÅÅÅ-MM-DD; vad som ska göras "
                + "(t.ex. \"police; 2026-12-01; Kartlägg otrygga platser\").",
            "Write each action item on its own line: role; YYYY-MM-DD; what is to be done.");
      }
      items.add(
          new MeetingInput.ActionItemInput(
              parts[2].strip(),
              ProcessInput.parseEnum(field, parts[0], Role.class),
              ProcessInput.parseDate(field, parts[1])));
    }
    return items;
  }
}
