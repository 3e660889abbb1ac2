package se.kommunstod.intervention;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterventionRepository extends JpaRepository<Intervention, Long> {

  Page<Intervention> findBySupportCaseId(Long supportCaseId, Pageable pageable);
}
