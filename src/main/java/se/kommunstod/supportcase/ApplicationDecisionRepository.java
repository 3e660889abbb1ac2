package se.kommunstod.supportcase;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationDecisionRepository extends JpaRepository<ApplicationDecision, Long> {

  @Query("select d from ApplicationDecision d where d.roundKey = :roundKey order by d.id")
  List<ApplicationDecision> findByRoundKeyOrderByIdAsc(@Param("roundKey") String roundKey);

  @Query(
      "select d from ApplicationDecision d where d.roundKey = :roundKey"
          + " and d.municipalityCode in :municipalityCodes order by d.id")
  List<ApplicationDecision> findByRoundKeyAndMunicipalityCodeInOrderByIdAsc(
      @Param("roundKey") String roundKey,
      @Param("municipalityCodes") Collection<String> municipalityCodes);
}
