package se.kommunstod.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A municipality taking part in the support; its code is its Camunda tenant id. */
@Entity
public class Municipality {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "police_region", nullable = false)
  private String policeRegion;

  protected Municipality() {}

  public Municipality(String code, String name, String policeRegion) {
    this.code = code;
    this.name = name;
    this.policeRegion = policeRegion;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getPoliceRegion() {
    return policeRegion;
  }
}
