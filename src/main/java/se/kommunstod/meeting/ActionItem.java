package se.kommunstod.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.security.Role;

/**
 * An action item (åtgärdspunkt) from a meeting: what, which organisation owns it, by when, its
 * status now and every status it had, dated ({@link ActionItemStatusChange}).
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private CooperationMeeting meeting;

  @Column(nullable = false, length = 1000)
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "owner_role", nullable = false, length = 40)
  private Role ownerRole;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ActionItemStatus status;

  @OneToMany(mappedBy = "actionItem", cascade = CascadeType.ALL)
  @OrderBy("changedAt, id")
  private List<ActionItemStatusChange> history = new ArrayList<>();

  protected ActionItem() {}

  ActionItem(
      CooperationMeeting meeting,
      String description,
      Role ownerRole,
      LocalDate dueDate,
      Instant at,
      String by) {
    this.meeting = meeting;
    this.description = description;
    this.ownerRole = ownerRole;
    this.dueDate = dueDate;
    this.status = ActionItemStatus.OPEN;
    history.add(new ActionItemStatusChange(this, ActionItemStatus.OPEN, at, by, meeting, null));
  }

  /** A new status, dated; the same status again is a dated note of the follow-up, not a change. */
  void changeStatus(
      ActionItemStatus status,
      Instant at,
      String by,
      CooperationMeeting followedUpAt,
      String note) {
    this.status = status;
    history.add(new ActionItemStatusChange(this, status, at, by, followedUpAt, note));
  }

  /** The status the item had at the instant (exclusive); null if it did not exist yet. */
  public ActionItemStatus statusBefore(Instant end) {
    ActionItemStatus at = null;
    for (ActionItemStatusChange change : history) {
      if (change.getChangedAt().isBefore(end)) {
        at = change.getStatus();
      }
    }
    return at;
  }

  public List<ActionItemStatusChange> getHistory() {
    return history;
  }

  public Long getId() {
    return id;
  }

  public CooperationMeeting getMeeting() {
    return meeting;
  }

  public String getDescription() {
    return description;
  }

  public Role getOwnerRole() {
    return ownerRole;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public ActionItemStatus getStatus() {
    return status;
  }
}
