package se.kommunstod.supportcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An application as a programme round prioritised it: the inputs prioritiseApplication saw (with
 * the areas and their classification on the police list current at that moment), its priority,
 * recommendation and the rule that gave them. Written when the decision task opens, so Brå can
 * compare the round's applications side by side before deciding, and kept as it was afterwards (a
 * later police list does not change what a past prioritisation was based on).
 */
@Entity
@Table(name = "round_application")
public class RoundApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_key", nullable = false, length = 120)
  private String roundKey;

  @Column(name = "municipality_code", nullable = false, length = 40)
  private String municipalityCode;

  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "police_classification", nullable = false, length = 30)
  private String policeClassification;

  /**
   * The areas as shown to the decision, e.g. "Skäggetorp: Särskilt utsatt område (2025)"; one a
   * line.
   */
  @Column(length = 2000)
  private String areas;

  @Column(name = "expected_effect", nullable = false, length = 20)
  private String expectedEffect;

  @Column(name = "existing_work", nullable = false, length = 20)
  private String existingWork;

  @Column(nullable = false, length = 20)
  private String capacity;

  @Column(nullable = false)
  private int priority;

  @Column(nullable = false, length = 20)
  private String recommendation;

  @Column(length = 400)
  private String rule;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "execution_id", length = 64)
  private String executionId;

  @Column(name = "prioritised_at", nullable = false)
  private Instant prioritisedAt;

  protected RoundApplication() {}

  RoundApplication(
      String roundKey,
      String municipalityCode,
      Long applicationId,
      String policeClassification,
      String areas,
      String expectedEffect,
      String existingWork,
      String capacity,
      int priority,
      String recommendation,
      String rule,
      String processInstanceId,
      String executionId,
      Instant prioritisedAt) {
    this.roundKey = roundKey;
    this.municipalityCode = municipalityCode;
    this.applicationId = applicationId;
    this.policeClassification = policeClassification;
    this.areas = areas;
    this.expectedEffect = expectedEffect;
    this.existingWork = existingWork;
    this.capacity = capacity;
    this.priority = priority;
    this.recommendation = recommendation;
    this.rule = rule;
    this.processInstanceId = processInstanceId;
    this.executionId = executionId;
    this.prioritisedAt = prioritisedAt;
  }

  public Long getId() {
    return id;
  }

  public String getRoundKey() {
    return roundKey;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getPoliceClassification() {
    return policeClassification;
  }

  public String getAreas() {
    return areas;
  }

  public String getExpectedEffect() {
    return expectedEffect;
  }

  public String getExistingWork() {
    return existingWork;
  }

  public String getCapacity() {
    return capacity;
  }

  public int getPriority() {
    return priority;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public String getRule() {
    return rule;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getPrioritisedAt() {
    return prioritisedAt;
  }
}
