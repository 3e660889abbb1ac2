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
import se.kommunstod.security.Role;

/** An organisation's short report to a cooperation meeting. */
@Entity
@Table(name = "meeting_actor_report")
public class MeetingActorReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private CooperationMeeting meeting;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "owner_role", nullable = false, length = 40)
  private Role ownerRole;

  @Column(nullable = false, length = 4000)
  private String report;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected MeetingActorReport() {}

  MeetingActorReport(
      CooperationMeeting meeting, Role ownerRole, String report, Instant reportedAt) {
    this.meeting = meeting;
    this.ownerRole = ownerRole;
    this.report = report;
    this.reportedAt = reportedAt;
  }

  public Long getId() {
    return id;
  }

  public Role getOwnerRole() {
    return ownerRole;
  }

  public String getReport() {
    return report;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }
}
