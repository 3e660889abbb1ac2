package se.kommunstod.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AreaRepository extends JpaRepository<Area, Long> {

  @Query("select a from Area a where a.municipalityCode = :municipalityCode order by a.name")
  List<Area> findByMunicipalityCodeOrderByName(@Param("municipalityCode") String municipalityCode);

  @Query("select a from Area a where a.municipalityCode = :municipalityCode and a.name = :name")
  Optional<Area> findByMunicipalityCodeAndName(
      @Param("municipalityCode") String municipalityCode, @Param("name") String name);
}
