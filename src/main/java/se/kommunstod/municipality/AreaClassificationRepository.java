package se.kommunstod.municipality;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AreaClassificationRepository extends JpaRepository<AreaClassification, Long> {

  /** The latest list year with a row for one of the municipality's areas; null when none. */
  @Query(
      "select max(c.listYear) from AreaClassification c where c.municipalityCode = :municipalityCode")
  Integer currentListYear(String municipalityCode);

  List<AreaClassification> findByMunicipalityCodeAndListYear(String municipalityCode, int listYear);

  List<AreaClassification> findByAreaIdInOrderByListYearAsc(Collection<Long> areaIds);

  boolean existsByListYearAndAreaId(int listYear, Long areaId);
}
