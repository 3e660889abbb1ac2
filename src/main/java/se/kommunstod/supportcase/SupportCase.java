package se.kommunstod.supportcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.NaturalId;

/**
 * The support one municipality gets, linked to its {@code supportCase} process instance by business
 * key.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /**
   * Set once, when the case opens; the listeners find the case by it ({@link SupportCaseService}).
   */
  @NaturalId
  @Column(name = "business_key", nullable = false, unique = true)
  private String businessKey;

  @Column(name = "municipality_code", nullable = false)
  private String municipalityCode;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected SupportCase() {}

  SupportCase(
      String businessKey, String municipalityCode, String processInstanceId, Instant openedAt) {
    this.businessKey = businessKey;
    this.municipalityCode = municipalityCode;
    this.processInstanceId = processInstanceId;
    this.openedAt = openedAt;
  }

  void close(Instant at) {
    if (closedAt == null) {
      closedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
