package se.kommunstod.supportcase;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupportCaseRepository extends JpaRepository<SupportCase, Long> {

  /**
   * Nearly every task's listener looks its case up by business key: as JPQL, Hibernate translates
   * it once (a derived query is a criteria query, translated anew at every call).
   */
  @Query("select c from SupportCase c where c.businessKey = :businessKey")
  Optional<SupportCase> findByBusinessKey(@Param("businessKey") String businessKey);

  /** Read once at start-up ({@link SupportCaseRecordSync}) instead of once per running case. */
  @Query("select c.businessKey from SupportCase c")
  Set<String> findAllBusinessKeys();

  Page<SupportCase> findByMunicipalityCodeIn(
      Collection<String> municipalityCodes, Pageable pageable);
}
