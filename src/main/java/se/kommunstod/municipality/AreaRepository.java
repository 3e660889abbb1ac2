package se.kommunstod.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaRepository extends JpaRepository<Area, Long> {

  List<Area> findByMunicipalityCodeOrderByName(String municipalityCode);

  Optional<Area> findByMunicipalityCodeAndName(String municipalityCode, String name);
}
