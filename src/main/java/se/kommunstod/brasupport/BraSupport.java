package se.kommunstod.brasupport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kommunstod.plan.FocusArea;

/**
 * A piece of support a Brå advisor gave a municipality: its kind, the partner agency where one took
 * part, the focus area, the date and the hours. The final report's account of how the commission
 * was carried out is compiled from these.
 */
@Entity
@Table(name = "bra_support")
public class BraSupport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "municipality_code", nullable = false, length = 40)
  private String municipalityCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private SupportKind kind;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  private PartnerAgency partner;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "focus_area", length = 40)
  private FocusArea focusArea;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(nullable = false, precision = 7, scale = 1)
  private BigDecimal hours;

  @Column(nullable = false, length = 1000)
  private String description;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  protected BraSupport() {}

  BraSupport(
      String municipalityCode, BraSupportInput input, Instant recordedAt, String recordedBy) {
    this.municipalityCode = municipalityCode;
    this.kind = input.kind();
    this.partner = input.partner();
    this.focusArea = input.focusArea();
    this.givenOn = input.givenOn();
    this.hours = input.hours();
    this.description = input.description().strip();
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public SupportKind getKind() {
    return kind;
  }

  public PartnerAgency getPartner() {
    return partner;
  }

  public FocusArea getFocusArea() {
    return focusArea;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getDescription() {
    return description;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
