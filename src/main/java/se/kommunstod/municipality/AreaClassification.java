package se.kommunstod.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One area on one police list: the police publish a new list about every second year, and the same
 * area can change category, be split, renamed or dropped, so a classification is a fact with its
 * list year and source, never a property of the area. Rows are only added. {@code verified} says
 * whether the row was checked against the published list; an unverified row names in {@code source}
 * where it comes from.
 */
@Entity
@Table(name = "police_classification")
public class AreaClassification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "list_year", nullable = false)
  private int listYear;

  @Column(name = "area_id", nullable = false)
  private Long areaId;

  @Column(name = "municipality_code", nullable = false, length = 40)
  private String municipalityCode;

  @Column(name = "police_region", nullable = false, length = 80)
  private String policeRegion;

  /** The area as this list names it (it may differ from the area's name here). */
  @Column(name = "area_name", nullable = false, length = 120)
  private String areaName;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private PoliceClassification classification;

  @Column(nullable = false, length = 400)
  private String source;

  @Column(nullable = false)
  private boolean verified;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false, length = 120)
  private String importedBy;

  protected AreaClassification() {}

  AreaClassification(
      int listYear,
      Area area,
      String policeRegion,
      String areaName,
      PoliceClassification classification,
      String source,
      boolean verified,
      Instant importedAt,
      String importedBy) {
    this.listYear = listYear;
    this.areaId = area.getId();
    this.municipalityCode = area.getMunicipalityCode();
    this.policeRegion = policeRegion;
    this.areaName = areaName;
    this.classification = classification;
    this.source = source;
    this.verified = verified;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public Long getId() {
    return id;
  }

  public int getListYear() {
    return listYear;
  }

  public Long getAreaId() {
    return areaId;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public String getPoliceRegion() {
    return policeRegion;
  }

  public String getAreaName() {
    return areaName;
  }

  public PoliceClassification getClassification() {
    return classification;
  }

  public String getSource() {
    return source;
  }

  public boolean isVerified() {
    return verified;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public String getImportedBy() {
    return importedBy;
  }
}
