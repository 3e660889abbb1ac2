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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.supportcase.SupportCase;

/** A situation picture (lägesbild) of one organisation, or the joint one with prioritised problems. */
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

  protected SituationPicture() {
  }

  SituationPicture(SupportCase supportCase, Contributor contributor, String summary, Instant recordedAt,
      List<String> problemDescriptions) {
    this.supportCase = supportCase;
    this.contributor = contributor;
    this.summary = summary;
    this.recordedAt = recordedAt;
    for (int i = 0; i < problemDescriptions.size(); i++) {
      // a category code from the models' list (e.g. "gang-recruitment") is stored with its Swedish label
      String entry = problemDescriptions.get(i);
      ProblemCategory category = ProblemCategory.fromCode(entry);
      problems.add(new Problem(supportCase, this, i + 1, category == null ? entry : category.swedishName(), category));
    }
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

  public List<Problem> getProblems() {
    return problems;
  }
}
