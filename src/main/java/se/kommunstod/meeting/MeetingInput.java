package se.kommunstod.meeting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.kommunstod.privacy.NoPersonalIdentityNumber;
import se.kommunstod.security.Role;

/** A cooperation meeting as minuted: date, subject, decisions and action items. */
public record MeetingInput(
    @NotNull LocalDate heldOn,
    @NotBlank @Size(max = 200) @NoPersonalIdentityNumber String subject,
    @Size(max = 50) List<@NotBlank @Size(max = 1000) @NoPersonalIdentityNumber String> decisions,
    @Size(max = 50) List<@NotNull @Valid ActionItemInput> actionItems) {

  public List<String> decisionsOrEmpty() {
    return decisions == null ? List.of() : decisions;
  }

  public List<ActionItemInput> actionItemsOrEmpty() {
    return actionItems == null ? List.of() : actionItems;
  }

  @JsonIgnore
  @AssertTrue(
      message =
          "Ett åtgärdsdatum får inte ligga före mötet. / An action item cannot be due before the meeting.")
  public boolean isActionItemsDueAfterMeeting() {
    return heldOn == null
        || actionItemsOrEmpty().stream()
            .allMatch(
                item -> item == null || item.dueDate() == null || !item.dueDate().isBefore(heldOn));
  }

  /** An action item: what is to be done, which organisation owns it, and by when. */
  public record ActionItemInput(
      @NotBlank @Size(max = 1000) @NoPersonalIdentityNumber String description,
      @NotNull Role ownerRole,
      @NotNull LocalDate dueDate) {}

  /** The agenda of a meeting the process prepares (task "Förbered dagordning"). */
  public record AgendaInput(
      @NotNull LocalDate heldOn,
      @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String agenda) {}

  /** A free-text note on a meeting: an organisation's report. */
  public record NoteInput(
      @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String text) {}

  /** What a meeting decided and assigned (task "Dokumentera beslut och åtgärder"). */
  public record MinutesInput(
      @Size(max = 50) List<@NotBlank @Size(max = 1000) @NoPersonalIdentityNumber String> decisions,
      @Size(max = 50) List<@NotNull @Valid ActionItemInput> actionItems) {}

  /**
   * The follow-up of the open action items (task "Följ upp öppna åtgärder"): a status per item, a
   * comment.
   */
  public record FollowUpInput(
      @Size(max = 4000) @NoPersonalIdentityNumber String comment,
      @Size(max = 200) List<@NotNull @Valid StatusUpdate> items) {

    public List<StatusUpdate> itemsOrEmpty() {
      return items == null ? List.of() : items;
    }
  }

  /** An open action item's status at the follow-up, with an optional note. */
  public record StatusUpdate(
      @NotNull Long actionItemId,
      @NotNull ActionItemStatus status,
      @Size(max = 1000) @NoPersonalIdentityNumber String note) {}
}
