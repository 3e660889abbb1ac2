package se.kommunstod.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.supportcase.SupportCase;

/**
 * A lesson learned (erfarenhet), shared with every participating municipality. It comes from a
 * support case, or from a knowledge-exchange gathering of the programme (then without a case, and
 * {@link #getOrigin()} names the gathering). Tagged by focus areas, method and problem category for
 * search. Only a {@linkplain #isReleased() released} lesson goes into the public export, and its
 * municipality is named there only if it was released with {@link #isMunicipalityNamed()}.
 */
@Entity
@Table(name = "lesson_learned")
public class LessonLearned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @Column(length = 120)
  private String origin;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String lesson;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "lesson_learned_focus_area",
      joinColumns = @JoinColumn(name = "lesson_learned_id"))
  @Column(name = "focus_area", length = 40)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  private InterventionMethod method;

  @Column(name = "problem_category", length = 100)
  private String problemCategory;

  @Column(nullable = false)
  private boolean released;

  @Column(name = "released_by", length = 64)
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "municipality_named", nullable = false)
  private boolean municipalityNamed;

  protected LessonLearned() {}

  LessonLearned(
      SupportCase supportCase,
      String origin,
      String title,
      String lesson,
      Instant recordedAt,
      Set<FocusArea> focusAreas,
      InterventionMethod method,
      String problemCategory) {
    this.supportCase = supportCase;
    this.origin = origin;
    this.title = title;
    this.lesson = lesson;
    this.recordedAt = recordedAt;
    this.focusAreas =
        focusAreas == null || focusAreas.isEmpty()
            ? EnumSet.noneOf(FocusArea.class)
            : EnumSet.copyOf(focusAreas);
    this.method = method;
    this.problemCategory = problemCategory;
  }

  void release(String userId, boolean nameMunicipality, Instant at) {
    this.released = true;
    this.releasedBy = userId;
    this.releasedAt = at;
    this.municipalityNamed = nameMunicipality && supportCase != null;
  }

  void withdraw() {
    this.released = false;
    this.releasedBy = null;
    this.releasedAt = null;
    this.municipalityNamed = false;
  }

  public Long getId() {
    return id;
  }

  /** The support case, or null for a lesson from a programme gathering. */
  public SupportCase getSupportCase() {
    return supportCase;
  }

  /** The municipality code, or null for a lesson from a programme gathering. */
  public String getMunicipalityCode() {
    return supportCase == null ? null : supportCase.getMunicipalityCode();
  }

  /** Where a lesson without support case comes from, e.g. "Erfarenhetsträff 2026-11-25". */
  public String getOrigin() {
    return origin;
  }

  public String getTitle() {
    return title;
  }

  public String getLesson() {
    return lesson;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Set<FocusArea> getFocusAreas() {
    return focusAreas;
  }

  public InterventionMethod getMethod() {
    return method;
  }

  public String getProblemCategory() {
    return problemCategory;
  }

  public boolean isReleased() {
    return released;
  }

  public String getReleasedBy() {
    return releasedBy;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public boolean isMunicipalityNamed() {
    return municipalityNamed;
  }
}
