package se.kommunstod.supportcase;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A municipality's application (intresseanmälan) for support, naming its areas. */
@Entity
@Table(name = "application")
public class Application {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "municipality_code", nullable = false)
  private String municipalityCode;

  @Column(nullable = false, length = 4000)
  private String motivation;

  @Column(name = "contact_function", nullable = false, length = 120)
  private String contactFunction;

  @Column(name = "submitted_on", nullable = false)
  private LocalDate submittedOn;

  @Column(name = "created_by", nullable = false, length = 120)
  private String createdBy;

  /** prioritiseApplication's code: etablerat, paborjat or saknas; null when not stated. */
  @Column(name = "existing_work", length = 20)
  private String existingWork;

  /** prioritiseApplication's code: god, begransad or otillracklig; null when not stated. */
  @Column(length = 20)
  private String capacity;

  @ElementCollection
  @CollectionTable(name = "application_area", joinColumns = @JoinColumn(name = "application_id"))
  @Column(name = "area_id")
  private Set<Long> areaIds = new LinkedHashSet<>();

  protected Application() {}

  Application(
      String municipalityCode,
      String motivation,
      String contactFunction,
      LocalDate submittedOn,
      String createdBy,
      Set<Long> areaIds,
      String existingWork,
      String capacity) {
    this.existingWork = existingWork;
    this.capacity = capacity;
    this.municipalityCode = municipalityCode;
    this.motivation = motivation;
    this.contactFunction = contactFunction;
    this.submittedOn = submittedOn;
    this.createdBy = createdBy;
    this.areaIds = new LinkedHashSet<>(areaIds);
  }

  public Long getId() {
    return id;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public String getMotivation() {
    return motivation;
  }

  public String getContactFunction() {
    return contactFunction;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getExistingWork() {
    return existingWork;
  }

  public String getCapacity() {
    return capacity;
  }

  public Set<Long> getAreaIds() {
    return areaIds;
  }
}
