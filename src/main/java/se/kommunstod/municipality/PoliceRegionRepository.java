package se.kommunstod.municipality;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PoliceRegionRepository extends JpaRepository<PoliceRegion, String> {

  /** The region named in {@link Municipality#getPoliceRegion()}, e.g. "Region Väst". */
  Optional<PoliceRegion> findByName(String name);
}
