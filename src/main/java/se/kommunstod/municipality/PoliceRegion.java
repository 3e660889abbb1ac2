package se.kommunstod.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A police region; its group id is the Camunda group of the police who work for the whole region
 * and so see the support cases of all its municipalities.
 */
@Entity
@Table(name = "police_region")
public class PoliceRegion {

  @Id
  @Column(name = "group_id")
  private String groupId;

  @Column(nullable = false, unique = true)
  private String name;

  protected PoliceRegion() {}

  public PoliceRegion(String groupId, String name) {
    this.groupId = groupId;
    this.name = name;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getName() {
    return name;
  }
}
