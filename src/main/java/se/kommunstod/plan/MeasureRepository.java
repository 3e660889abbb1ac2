package se.kommunstod.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

  Optional<Measure> findBySupportCaseIdAndPosition(Long supportCaseId, int position);
}
