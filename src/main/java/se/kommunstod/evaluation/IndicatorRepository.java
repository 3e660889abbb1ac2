package se.kommunstod.evaluation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

  @Query("select i from Indicator i where i.supportCase.id = :supportCaseId")
  Page<Indicator> findBySupportCaseId(
      @Param("supportCaseId") Long supportCaseId, Pageable pageable);
}
