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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.security.Role;

/** An action item (åtgärdspunkt) from a meeting: what, which organisation owns it, by when, status. */
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

  protected ActionItem() {
  }

  ActionItem(CooperationMeeting meeting, String description, Role ownerRole, LocalDate dueDate) {
    this.meeting = meeting;
    this.description = description;
    this.ownerRole = ownerRole;
    this.dueDate = dueDate;
    this.status = ActionItemStatus.OPEN;
  }

  void setStatus(ActionItemStatus status) {
    this.status = status;
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
