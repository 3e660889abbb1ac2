package se.kommunstod.assessment;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A cause of a prioritised problem, from the joint analysis: a side of the crime triangle ({@link
 * CauseFactor}) or a cause in the analysts' own words ({@code factor} null). The action plan's
 * measures are aimed at causes.
 */
@Entity
@Table(name = "problem_cause")
public class ProblemCause {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "problem_id")
  private Problem problem;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  private CauseFactor factor;

  @Column(nullable = false, length = 1000)
  private String description;

  protected ProblemCause() {}

  ProblemCause(Problem problem, int position, CauseFactor factor, String description) {
    this.problem = problem;
    this.position = position;
    this.factor = factor;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Problem getProblem() {
    return problem;
  }

  public int getPosition() {
    return position;
  }

  /** The side of the crime triangle; null for a cause in free text. */
  public CauseFactor getFactor() {
    return factor;
  }

  public String getDescription() {
    return description;
  }
}
