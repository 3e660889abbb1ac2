package se.kommunstod.brasupport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BraSupportRepository extends JpaRepository<BraSupport, Long> {

  List<BraSupport> findByMunicipalityCodeOrderByGivenOnAscIdAsc(String municipalityCode);

  List<BraSupport> findAllByOrderByMunicipalityCodeAscGivenOnAscIdAsc();
}
