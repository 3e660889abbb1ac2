package se.kommunstod.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.supportcase.SupportCase;

/**
 * The follow-up and evaluation of a support case, as the lifecycle's last tasks write it: the
 * indicators' development, the participants' assessment and Brå's evaluation.
 */
@Entity
@Table(name = "case_evaluation")
public class CaseEvaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id", unique = true)
  private SupportCase supportCase;

  @Column(name = "indicator_summary", length = 4000)
  private String indicatorSummary;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "indicator_trend", length = 20)
  private IndicatorTrend indicatorTrend;

  @Column(name = "participant_rating")
  private Integer participantRating;

  @Column(name = "participant_assessment", length = 4000)
  private String participantAssessment;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "goals_achieved", length = 20)
  private GoalsAchieved goalsAchieved;

  @Column(name = "evaluation_summary", length = 4000)
  private String evaluationSummary;

  @Column(name = "indicators_recorded_at")
  private Instant indicatorsRecordedAt;

  @Column(name = "participants_recorded_at")
  private Instant participantsRecordedAt;

  @Column(name = "evaluated_at")
  private Instant evaluatedAt;

  protected CaseEvaluation() {}

  CaseEvaluation(SupportCase supportCase) {
    this.supportCase = supportCase;
  }

  void followUpIndicators(String summary, IndicatorTrend trend, Instant at) {
    this.indicatorSummary = summary;
    this.indicatorTrend = trend;
    this.indicatorsRecordedAt = at;
  }

  void evaluate(GoalsAchieved goals, String summary, Instant at) {
    this.goalsAchieved = goals;
    this.evaluationSummary = summary;
    this.evaluatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public String getIndicatorSummary() {
    return indicatorSummary;
  }

  public IndicatorTrend getIndicatorTrend() {
    return indicatorTrend;
  }

  public Integer getParticipantRating() {
    return participantRating;
  }

  public String getParticipantAssessment() {
    return participantAssessment;
  }

  public GoalsAchieved getGoalsAchieved() {
    return goalsAchieved;
  }

  public String getEvaluationSummary() {
    return evaluationSummary;
  }

  /**
   * When the indicators' follow-up was recorded; null if not yet or before these dates were kept.
   */
  public Instant getIndicatorsRecordedAt() {
    return indicatorsRecordedAt;
  }

  public Instant getParticipantsRecordedAt() {
    return participantsRecordedAt;
  }

  public Instant getEvaluatedAt() {
    return evaluatedAt;
  }
}
