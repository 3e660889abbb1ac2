package se.kommunstod.supportcase;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

  Page<Application> findByMunicipalityCodeIn(
      Collection<String> municipalityCodes, Pageable pageable);
}
