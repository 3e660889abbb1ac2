package se.kommunstod.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A follow-up (uppföljning) of an intervention. */
@Entity
@Table(name = "intervention_follow_up")
public class FollowUp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "intervention_id")
  private Intervention intervention;

  @Column(name = "followed_up_on", nullable = false)
  private LocalDate followedUpOn;

  @Column(nullable = false, length = 4000)
  private String note;

  protected FollowUp() {}

  FollowUp(Intervention intervention, LocalDate followedUpOn, String note) {
    this.intervention = intervention;
    this.followedUpOn = followedUpOn;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getFollowedUpOn() {
    return followedUpOn;
  }

  public String getNote() {
    return note;
  }
}
