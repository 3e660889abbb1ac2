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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.supportcase.SupportCase;

/**
 * A problem named in a situation picture; priority 1 is the most important. Since V11 these are the
 * joint analysis's prioritised problems, with their causes and the organisations' observations they
 * rest on (what each organisation observes is an {@link Observation}).
 */
@Entity
@Table(name = "problem")
public class Problem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "situation_picture_id")
  private SituationPicture situationPicture;

  @Column(nullable = false)
  private int priority;

  @Column(nullable = false, length = 1000)
  private String description;

  /**
   * The category from the models' list, when the problem was chosen from it; null for free text.
   */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  private ProblemCategory category;

  @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<ProblemCause> causes = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "problem_observation",
      joinColumns = @JoinColumn(name = "problem_id"),
      inverseJoinColumns = @JoinColumn(name = "observation_id"))
  @OrderBy("id")
  private Set<Observation> observations = new LinkedHashSet<>();

  protected Problem() {}

  Problem(
      SupportCase supportCase,
      SituationPicture situationPicture,
      int priority,
      String description,
      ProblemCategory category) {
    this.category = category;
    this.supportCase = supportCase;
    this.situationPicture = situationPicture;
    this.priority = priority;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
  }

  public SituationPicture getSituationPicture() {
    return situationPicture;
  }

  public int getPriority() {
    return priority;
  }

  public String getDescription() {
    return description;
  }

  public ProblemCategory getCategory() {
    return category;
  }

  public List<ProblemCause> getCauses() {
    return causes;
  }

  /** The observations of the organisations' situation pictures this problem rests on. */
  public Set<Observation> getObservations() {
    return observations;
  }

  ProblemCause addCause(CauseFactor factor, String description) {
    ProblemCause cause = new ProblemCause(this, causes.size() + 1, factor, description);
    causes.add(cause);
    return cause;
  }
}
