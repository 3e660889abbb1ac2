package se.kommunstod.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A decision taken at a cooperation meeting. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private CooperationMeeting meeting;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 1000)
  private String description;

  protected MeetingDecision() {}

  MeetingDecision(CooperationMeeting meeting, int position, String description) {
    this.meeting = meeting;
    this.position = position;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getDescription() {
    return description;
  }
}
