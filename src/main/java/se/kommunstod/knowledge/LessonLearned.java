package se.kommunstod.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.kommunstod.supportcase.SupportCase;

/** A lesson learned (erfarenhet) from a support case, shared with every municipality. */
@Entity
@Table(name = "lesson_learned")
public class LessonLearned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "support_case_id")
  private SupportCase supportCase;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String lesson;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected LessonLearned() {
  }

  LessonLearned(SupportCase supportCase, String title, String lesson, Instant recordedAt) {
    this.supportCase = supportCase;
    this.title = title;
    this.lesson = lesson;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public SupportCase getSupportCase() {
    return supportCase;
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
}
