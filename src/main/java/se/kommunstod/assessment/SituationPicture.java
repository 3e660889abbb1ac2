package se.kommunstod.assessment;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.municipality.Area;
import se.kommunstod.supportcase.SupportCase;

/**
 * A situation picture (lägesbild) of one organisation, with the problems it observes, or the joint
 * one with the prioritised problems and their causes. Both keep a free-text summary.
 */
@Entity
@Table(name = "situation_picture")
public class SituationPicture {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private Contributor contributor;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @OneToMany(mappedBy = "situationPicture", cascade = CascadeType.ALL)
  @OrderBy("priority")
  private List<Problem> problems = new ArrayList<>();

  @OneToMany(mappedBy = "situationPicture", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<Observation> observations = new ArrayList<>();

  protected SituationPicture() {}

  SituationPicture(
      SupportCase supportCase, Contributor contributor, String summary, Instant recordedAt) {
    this.supportCase = supportCase;
    this.contributor = contributor;
    this.summary = summary;
    this.recordedAt = recordedAt;
  }

  Observation observe(
      ProblemCategory category,
      Area area,
      String place,
      ObservationExtent extent,
      ObservationTrend trend,
      Set<ObservationSource> sources,
      String description) {
    Observation observation =
        new Observation(
            this,
            observations.size() + 1,
            category,
            area,
            place,
            extent,
            trend,
            sources,
            description);
    observations.add(observation);
    return observation;
  }

  Problem prioritise(ProblemCategory category, String description) {
    Problem problem = new Problem(supportCase, this, problems.size() + 1, description, category);
    problems.add(problem);
    return problem;
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public Contributor getContributor() {
    return contributor;
  }

  public String getSummary() {
    return summary;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  /**
   * The prioritised problems (joint picture; before V11 also an organisation's checked categories).
   */
  public List<Problem> getProblems() {
    return problems;
  }

  /** What the organisation observes (an organisation's picture). */
  public List<Observation> getObservations() {
    return observations;
  }
}
