package se.kommunstod.supportcase;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupportCaseRepository extends JpaRepository<SupportCase, Long> {

  /** Read once at start-up ({@link SupportCaseRecordSync}) instead of once per running case. */
  @Query("select c.businessKey from SupportCase c")
  Set<String> findAllBusinessKeys();

  @Query("select c from SupportCase c where c.municipalityCode in :municipalityCodes")
  Page<SupportCase> findByMunicipalityCodeIn(
      @Param("municipalityCodes") Collection<String> municipalityCodes, Pageable pageable);
}
