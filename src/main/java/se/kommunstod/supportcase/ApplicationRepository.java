package se.kommunstod.supportcase;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

  @Query("select a from Application a where a.municipalityCode in :municipalityCodes")
  Page<Application> findByMunicipalityCodeIn(
      @Param("municipalityCodes") Collection<String> municipalityCodes, Pageable pageable);
}
