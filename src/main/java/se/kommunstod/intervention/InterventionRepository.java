package se.kommunstod.intervention;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InterventionRepository extends JpaRepository<Intervention, Long> {

  @Query("select i from Intervention i where i.supportCase.id = :supportCaseId")
  Page<Intervention> findBySupportCaseId(
      @Param("supportCaseId") Long supportCaseId, Pageable pageable);

  /** The interventions of these municipalities' cases, with their problems. */
  @Query(
      "select i from Intervention i left join fetch i.problem where i.supportCase.municipalityCode in :codes")
  List<Intervention> findBySupportCaseMunicipalityCodeIn(Collection<String> codes);
}
