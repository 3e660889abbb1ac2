package se.kommunstod.brasupport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BraSupportRepository extends JpaRepository<BraSupport, Long> {

  @Query(
      "select s from BraSupport s where s.municipalityCode = :municipalityCode"
          + " order by s.givenOn, s.id")
  List<BraSupport> findByMunicipalityCodeOrderByGivenOnAscIdAsc(
      @Param("municipalityCode") String municipalityCode);

  @Query("select s from BraSupport s order by s.municipalityCode, s.givenOn, s.id")
  List<BraSupport> findAllByOrderByMunicipalityCodeAscGivenOnAscIdAsc();
}
