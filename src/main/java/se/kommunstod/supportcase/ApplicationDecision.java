package se.kommunstod.supportcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Brå's decision on a municipality's application in a support round ({@code programme}), with the
 * prioritisation it was based on (DMN {@code prioritiseApplication}).
 */
@Entity
@Table(name = "application_decision")
public class ApplicationDecision {

  /**
   * The decision, as the form {@code decide-application} codes it ({@code bevilja}, {@code avsla}).
   */
  public enum Verdict {
    BEVILJA("Kommunen får stöd"),
    AVSLA("Ansökan avslås");

    private final String swedishName;

    Verdict(String swedishName) {
      this.swedishName = swedishName;
    }

    public String swedishName() {
      return swedishName;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_key", nullable = false, length = 120)
  private String roundKey;

  @Column(name = "municipality_code", nullable = false, length = 40)
  private String municipalityCode;

  @Column(name = "police_classification", length = 30)
  private String policeClassification;

  private Integer priority;

  @Column(length = 20)
  private String recommendation;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Verdict decision;

  @Column(nullable = false, length = 4000)
  private String motivation;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Column(name = "round_application_id")
  private Long roundApplicationId;

  /** The rule of prioritiseApplication that gave priority and recommendation. */
  @Column(length = 400)
  private String rule;

  protected ApplicationDecision() {}

  ApplicationDecision(String roundKey, ApplicationDecisionInput input, LocalDate decidedOn) {
    this.roundKey = roundKey;
    this.municipalityCode = input.municipalityCode();
    this.policeClassification = input.policeClassification();
    this.priority = input.priority();
    this.recommendation = input.recommendation();
    this.decision = input.decision();
    this.motivation = input.motivation().strip();
    this.decidedOn = decidedOn;
    this.roundApplicationId = input.roundApplicationId();
    this.rule = input.rule();
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

  public String getPoliceClassification() {
    return policeClassification;
  }

  public Integer getPriority() {
    return priority;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public Verdict getDecision() {
    return decision;
  }

  public String getMotivation() {
    return motivation;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public Long getRoundApplicationId() {
    return roundApplicationId;
  }

  public String getRule() {
    return rule;
  }
}
