package se.kommunstod.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An area of a municipality. Its police classification is not a property of the area but of a
 * police list: see {@link AreaClassification} and {@link PoliceLists}, which keep every list's
 * classification so a new list never overwrites an older one.
 */
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

  protected Area() {}

  Area(String municipalityCode, String name) {
    this.municipalityCode = municipalityCode;
    this.name = name;
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
}
