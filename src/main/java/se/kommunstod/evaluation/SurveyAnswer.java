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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;

/**
 * One organisation's answer to the participants' survey at the end of a support case: three
 * statements rated 1 (instämmer inte alls) to 5 (instämmer helt) and two open answers.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private Role organisation;

  @Column(name = "needs_met", nullable = false)
  private int needsMet;

  @Column(name = "more_systematic", nullable = false)
  private int moreSystematic;

  @Column(name = "will_continue", nullable = false)
  private int willContinue;

  @Column(name = "what_worked", nullable = false, length = 4000)
  private String whatWorked;

  @Column(name = "to_improve", nullable = false, length = 4000)
  private String toImprove;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  protected SurveyAnswer() {}

  SurveyAnswer(
      SupportCase supportCase,
      Role organisation,
      SurveyInput input,
      Instant answeredAt,
      String answeredBy) {
    this.supportCase = supportCase;
    this.organisation = organisation;
    this.needsMet = input.needsMet();
    this.moreSystematic = input.moreSystematic();
    this.willContinue = input.willContinue();
    this.whatWorked = input.whatWorked().strip();
    this.toImprove = input.toImprove().strip();
    this.answeredAt = answeredAt;
    this.answeredBy = answeredBy;
  }

  /** The rating of a statement. */
  public int rating(SurveyStatement statement) {
    return switch (statement) {
      case NEEDS_MET -> needsMet;
      case MORE_SYSTEMATIC -> moreSystematic;
      case WILL_CONTINUE -> willContinue;
    };
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public Role getOrganisation() {
    return organisation;
  }

  public String getWhatWorked() {
    return whatWorked;
  }

  public String getToImprove() {
    return toImprove;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }
}
