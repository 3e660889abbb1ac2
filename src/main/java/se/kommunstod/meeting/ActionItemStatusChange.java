package se.kommunstod.meeting;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One dated status of an action item: the status it got, when, by whom (a user id) and at which
 * meeting's follow-up. The first is the item's creation (open); the report reads the status an item
 * had at its date from these.
 */
@Entity
@Table(name = "action_item_status_change")
public class ActionItemStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_item_id")
  private ActionItem actionItem;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ActionItemStatus status;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", length = 100)
  private String changedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id")
  private CooperationMeeting meeting;

  @Column(length = 1000)
  private String note;

  protected ActionItemStatusChange() {}

  ActionItemStatusChange(
      ActionItem actionItem,
      ActionItemStatus status,
      Instant changedAt,
      String changedBy,
      CooperationMeeting meeting,
      String note) {
    this.actionItem = actionItem;
    this.status = status;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.meeting = meeting;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public ActionItemStatus getStatus() {
    return status;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public CooperationMeeting getMeeting() {
    return meeting;
  }

  public String getNote() {
    return note;
  }
}
