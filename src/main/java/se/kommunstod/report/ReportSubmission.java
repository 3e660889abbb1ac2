package se.kommunstod.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report Brå submitted to the Government Offices, with the figures as they were then (never
 * changed).
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmission {

  /** The programme's two report tasks. */
  public enum Kind {
    INTERIM,
    FINAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_key", nullable = false, length = 100)
  private String roundKey;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Column(length = 100)
  private String reference;

  @Column(name = "figures_csv", nullable = false, length = 1_000_000)
  private String figuresCsv;

  protected ReportSubmission() {}

  ReportSubmission(
      String roundKey,
      Kind kind,
      LocalDate asOf,
      Instant submittedAt,
      String submittedBy,
      String summary,
      String reference,
      String figuresCsv) {
    this.roundKey = roundKey;
    this.kind = kind;
    this.asOf = asOf;
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
    this.summary = summary;
    this.reference = reference;
    this.figuresCsv = figuresCsv;
  }

  public Long getId() {
    return id;
  }

  public String getRoundKey() {
    return roundKey;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getSummary() {
    return summary;
  }

  public String getReference() {
    return reference;
  }

  public String getFiguresCsv() {
    return figuresCsv;
  }
}
