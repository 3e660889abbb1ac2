package se.kommunstod.intervention;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.assessment.ProblemCause;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.plan.Measure;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;

/**
 * An intervention (insats): started from a measure of the action plan, so aimed at a cause of a
 * prioritised problem within a focus area; with a method, an owning organisation, a plan,
 * follow-ups and an outcome. Interventions from before V11 (or from other models) may lack the
 * measure and cause.
 */
@Entity
@Table(name = "intervention")
public class Intervention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "problem_id")
  private Problem problem;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private InterventionMethod method;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "owner_role", nullable = false, length = 40)
  private Role ownerRole;

  @Column(nullable = false, length = 4000)
  private String plan;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(length = 4000)
  private String outcome;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "target_problem", length = 40)
  private ProblemCategory targetProblem;

  /**
   * The activity plan's focus area the intervention belongs to; null for one registered without a
   * plan.
   */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "focus_area", length = 40)
  private FocusArea focusArea;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "outcome_rating", length = 20)
  private OutcomeRating outcomeRating;

  /** The action plan's measure the intervention was started from. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "measure_id")
  private Measure measure;

  /** The cause of the prioritised problem the intervention is aimed at (the measure's). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cause_id")
  private ProblemCause cause;

  @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL)
  @OrderBy("followedUpOn, id")
  private List<FollowUp> followUps = new ArrayList<>();

  protected Intervention() {}

  Intervention(
      SupportCase supportCase,
      Problem problem,
      String title,
      InterventionMethod method,
      Role ownerRole,
      String plan,
      LocalDate startsOn,
      LocalDate endsOn,
      ProblemCategory targetProblem,
      FocusArea focusArea) {
    this.focusArea = focusArea;
    this.targetProblem =
        targetProblem != null || problem == null ? targetProblem : problem.getCategory();
    this.supportCase = supportCase;
    this.problem = problem;
    this.title = title;
    this.method = method;
    this.ownerRole = ownerRole;
    this.plan = plan;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  void startedFrom(Measure measure, ProblemCause cause) {
    this.measure = measure;
    this.cause = cause;
  }

  FollowUp followUp(LocalDate on, String note) {
    FollowUp followUp = new FollowUp(this, on, note);
    followUps.add(followUp);
    return followUp;
  }

  void conclude(String outcome, OutcomeRating outcomeRating) {
    this.outcome = outcome;
    this.outcomeRating = outcomeRating;
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public Problem getProblem() {
    return problem;
  }

  public String getTitle() {
    return title;
  }

  public InterventionMethod getMethod() {
    return method;
  }

  public Role getOwnerRole() {
    return ownerRole;
  }

  public String getPlan() {
    return plan;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getOutcome() {
    return outcome;
  }

  /** The problem category the intervention targets (from its problem when that has one). */
  public FocusArea getFocusArea() {
    return focusArea;
  }

  public ProblemCategory getTargetProblem() {
    return targetProblem;
  }

  public OutcomeRating getOutcomeRating() {
    return outcomeRating;
  }

  public Measure getMeasure() {
    return measure;
  }

  public ProblemCause getCause() {
    return cause;
  }

  public List<FollowUp> getFollowUps() {
    return followUps;
  }
}
