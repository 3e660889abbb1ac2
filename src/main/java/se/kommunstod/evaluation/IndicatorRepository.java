package se.kommunstod.evaluation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

  Page<Indicator> findBySupportCaseId(Long supportCaseId, Pageable pageable);
}
