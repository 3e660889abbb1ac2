package se.kommunstod.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An area of a municipality with the police's (public) classification and the year of it. */
@Entity
@Table(name = "area")
public class Area {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "municipality_code", nullable = false)
  private String municipalityCode;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private PoliceClassification classification;

  @Column(name = "classification_year", nullable = false)
  private int classificationYear;

  protected Area() {
  }

  public Long getId() {
    return id;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public String getName() {
    return name;
  }

  public PoliceClassification getClassification() {
    return classification;
  }

  public int getClassificationYear() {
    return classificationYear;
  }
}
