package se.kommunstod.plan;

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
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.ProblemCause;
import se.kommunstod.evaluation.Indicator;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;

/**
 * A row of the action plan after Brå's template: for a prioritised problem, the cause it is aimed
 * at, the measure, its operative goal, when, who (an organisation), how it is followed up (an
 * indicator) and its status. The implementation starts one intervention per measure. Measures
 * migrated from an earlier plan (V11) have only a focus area and a description.
 */
@Entity
@Table(name = "measure")
public class Measure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_plan_id")
  private ActivityPlan plan;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  /** 1, 2, … the row of the plan; the implementation's interventions refer to it. */
  @Column(nullable = false)
  private int position;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "problem_id")
  private Problem problem;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cause_id")
  private ProblemCause cause;

  @Column(nullable = false, length = 1000)
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "focus_area", nullable = false, length = 40)
  private FocusArea focusArea;

  @Column(name = "operative_goal", length = 1000)
  private String operativeGoal;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "owner_role", length = 40)
  private Role ownerRole;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private MeasureStatus status;

  protected Measure() {}

  Measure(
      ActivityPlan plan,
      int position,
      Problem problem,
      ProblemCause cause,
      String description,
      FocusArea focusArea,
      String operativeGoal,
      LocalDate dueOn,
      Role ownerRole,
      Indicator indicator,
      MeasureStatus status) {
    this.plan = plan;
    this.supportCase = plan.getSupportCase();
    this.position = position;
    this.problem = problem;
    this.cause = cause;
    this.description = description;
    this.focusArea = focusArea;
    this.operativeGoal = operativeGoal;
    this.dueOn = dueOn;
    this.ownerRole = ownerRole;
    this.indicator = indicator;
    this.status = status;
  }

  /** An intervention started from the measure: planned becomes started. */
  void started() {
    if (status == MeasureStatus.PLANNED) {
      status = MeasureStatus.STARTED;
    }
  }

  /** The intervention's outcome is recorded: the measure is done. */
  void done() {
    if (status != MeasureStatus.CANCELLED) {
      status = MeasureStatus.DONE;
    }
  }

  public Long getId() {
    return id;
  }

  public ActivityPlan getPlan() {
    return plan;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public int getPosition() {
    return position;
  }

  public Problem getProblem() {
    return problem;
  }

  public ProblemCause getCause() {
    return cause;
  }

  public String getDescription() {
    return description;
  }

  public FocusArea getFocusArea() {
    return focusArea;
  }

  public String getOperativeGoal() {
    return operativeGoal;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Role getOwnerRole() {
    return ownerRole;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public MeasureStatus getStatus() {
    return status;
  }
}
