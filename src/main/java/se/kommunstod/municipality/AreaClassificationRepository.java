package se.kommunstod.municipality;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AreaClassificationRepository extends JpaRepository<AreaClassification, Long> {

  /** The latest list year with a row for one of the municipality's areas; null when none. */
  @Query(
      "select max(c.listYear) from AreaClassification c where c.municipalityCode = :municipalityCode")
  Integer currentListYear(String municipalityCode);

  @Query(
      "select c from AreaClassification c where c.municipalityCode = :municipalityCode"
          + " and c.listYear = :listYear")
  List<AreaClassification> findByMunicipalityCodeAndListYear(
      @Param("municipalityCode") String municipalityCode, @Param("listYear") int listYear);

  @Query("select c from AreaClassification c where c.areaId in :areaIds order by c.listYear")
  List<AreaClassification> findByAreaIdInOrderByListYearAsc(
      @Param("areaIds") Collection<Long> areaIds);

  @Query(
      "select count(c) > 0 from AreaClassification c where c.listYear = :listYear"
          + " and c.areaId = :areaId")
  boolean existsByListYearAndAreaId(@Param("listYear") int listYear, @Param("areaId") Long areaId);
}
