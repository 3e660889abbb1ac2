package se.kommunstod.municipality;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PoliceRegionRepository extends JpaRepository<PoliceRegion, String> {

  /** The region named in {@link Municipality#getPoliceRegion()}, e.g. "Region Väst". */
  @Query("select r from PoliceRegion r where r.name = :name")
  Optional<PoliceRegion> findByName(@Param("name") String name);
}
