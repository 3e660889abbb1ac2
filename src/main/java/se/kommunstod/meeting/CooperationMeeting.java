package se.kommunstod.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import se.kommunstod.supportcase.SupportCase;

/**
 * A cooperation meeting (samverkansmöte) with its decisions and action items. {@code heldOn} is the
 * date the agenda set; the meeting counts as held once its decisions are documented ({@code
 * minutedAt}), on the earlier of the two dates ({@link #heldDate()}).
 */
@Entity
@Table(name = "cooperation_meeting")
public class CooperationMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 200)
  private String subject;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<MeetingDecision> decisions = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ActionItem> actionItems = new ArrayList<>();

  @Column(length = 4000)
  private String agenda;

  @Column(name = "open_items_status", length = 4000)
  private String openItemsStatus;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<MeetingActorReport> actorReports = new ArrayList<>();

  @Column(name = "minuted_at")
  private Instant minutedAt;

  protected CooperationMeeting() {}

  CooperationMeeting(SupportCase supportCase, LocalDate heldOn, String subject) {
    this.supportCase = supportCase;
    this.heldOn = heldOn;
    this.subject = subject;
  }

  void minuted(Instant at) {
    this.minutedAt = at;
  }

  void setAgenda(String agenda) {
    this.agenda = agenda;
  }

  void setOpenItemsStatus(String openItemsStatus) {
    this.openItemsStatus = openItemsStatus;
  }

  void report(MeetingActorReport report) {
    actorReports.add(report);
  }

  void decide(String description) {
    decisions.add(new MeetingDecision(this, decisions.size() + 1, description));
  }

  void assign(ActionItem item) {
    actionItems.add(item);
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getSubject() {
    return subject;
  }

  public List<MeetingDecision> getDecisions() {
    return decisions;
  }

  public List<ActionItem> getActionItems() {
    return actionItems;
  }

  /** When the decisions were documented; null while the meeting is only prepared. */
  public Instant getMinutedAt() {
    return minutedAt;
  }

  /**
   * The date the meeting was held: its agenda's date, or the day its decisions were documented if
   * that came first (a planned date still ahead is never a held meeting); null until minuted.
   */
  public LocalDate heldDate() {
    if (minutedAt == null) {
      return null;
    }
    LocalDate minutedOn = LocalDate.ofInstant(minutedAt, se.kommunstod.engine.EngineTime.SWEDEN);
    return heldOn.isAfter(minutedOn) ? minutedOn : heldOn;
  }

  public String getAgenda() {
    return agenda;
  }

  public String getOpenItemsStatus() {
    return openItemsStatus;
  }

  public List<MeetingActorReport> getActorReports() {
    return actorReports;
  }
}
