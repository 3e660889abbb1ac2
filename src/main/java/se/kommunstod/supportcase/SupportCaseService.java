package se.kommunstod.supportcase;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.Access;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.municipality.MunicipalityRepository;

/**
 * Opens and closes support case records. Called by the {@code supportCase} process (see {@link
 * SupportCaseLifecycleListener}); every other record of a case hangs off the case found by its
 * business key.
 */
@Service
@Transactional
public class SupportCaseService {

  private final SupportCaseRepository cases;
  private final MunicipalityRepository municipalities;
  private final Access access;
  private final EntityManager entityManager;

  public SupportCaseService(
      SupportCaseRepository cases,
      MunicipalityRepository municipalities,
      Access access,
      EntityManager entityManager) {
    this.cases = cases;
    this.municipalities = municipalities;
    this.access = access;
    this.entityManager = entityManager;
  }

  /**
   * Creates the case record for a process instance; a second call for the same business key changes
   * nothing.
   */
  public SupportCase open(String businessKey, String municipalityCode, String processInstanceId) {
    if (businessKey == null || businessKey.isBlank()) {
      throw new InvalidInputException(
          "businessKey",
          "Ett stödärende behöver en affärsnyckel (business key).",
          "A support case needs a business key.");
    }
    if (municipalityCode == null || !municipalities.existsById(municipalityCode)) {
      throw new RecordNotFoundException("ingen kommun", "municipality", municipalityCode);
    }
    return byBusinessKey(businessKey)
        .orElseGet(
            () ->
                cases.save(
                    new SupportCase(
                        businessKey, municipalityCode, processInstanceId, EngineTime.now())));
  }

  /** The municipality's Swedish name, e.g. "Linköping" for {@code linkoping}. */
  @Transactional(readOnly = true)
  public String municipalityName(String municipalityCode) {
    return municipalities
        .findById(municipalityCode)
        .map(m -> m.getName())
        .orElseThrow(
            () -> new RecordNotFoundException("ingen kommun", "municipality", municipalityCode));
  }

  public void close(String businessKey) {
    require(businessKey).close(EngineTime.now());
  }

  @Transactional(readOnly = true)
  public SupportCase require(String businessKey) {
    return byBusinessKey(businessKey)
        .orElseThrow(
            () -> new RecordNotFoundException("inget stödärende", "support case", businessKey));
  }

  /**
   * By its natural id: the listeners look a case up 1.6 times per task, often twice in one
   * transaction (a task's completion and the next task's creation), and a case already in the
   * transaction's persistence context then comes from there, without a query or Hibernate's flush
   * before one (docs/throughput.md, "Stop 29").
   */
  private Optional<SupportCase> byBusinessKey(String businessKey) {
    return entityManager
        .unwrap(Session.class)
        .bySimpleNaturalId(SupportCase.class)
        .loadOptional(businessKey);
  }

  /**
   * The case, if the caller may read its municipality's records. The one tenant check of every /api
   * read by business key: another municipality's case is answered like a missing one.
   */
  @Transactional(readOnly = true)
  public SupportCase readable(String businessKey) {
    SupportCase supportCase = require(businessKey);
    access.requireRead(supportCase.getMunicipalityCode());
    return supportCase;
  }
}
