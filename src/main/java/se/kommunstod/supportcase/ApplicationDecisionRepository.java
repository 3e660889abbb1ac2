package se.kommunstod.supportcase;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationDecisionRepository extends JpaRepository<ApplicationDecision, Long> {

  List<ApplicationDecision> findByRoundKeyOrderByIdAsc(String roundKey);

  List<ApplicationDecision> findByRoundKeyAndMunicipalityCodeInOrderByIdAsc(
      String roundKey, Collection<String> municipalityCodes);
}
