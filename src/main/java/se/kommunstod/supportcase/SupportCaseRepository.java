package se.kommunstod.supportcase;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportCaseRepository extends JpaRepository<SupportCase, Long> {

  Optional<SupportCase> findByBusinessKey(String businessKey);

  Page<SupportCase> findByMunicipalityCodeIn(
      Collection<String> municipalityCodes, Pageable pageable);
}
