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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kommunstod.supportcase.SupportCase;

/** A cooperation meeting (samverkansmöte) with its decisions and action items. */
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

  protected CooperationMeeting() {
  }

  CooperationMeeting(SupportCase supportCase, LocalDate heldOn, String subject) {
    this.supportCase = supportCase;
    this.heldOn = heldOn;
    this.subject = subject;
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
