package se.kommunstod.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

  @Query(
      "select m from Measure m where m.supportCase.id = :supportCaseId and m.position = :position")
  Optional<Measure> findBySupportCaseIdAndPosition(
      @Param("supportCaseId") Long supportCaseId, @Param("position") int position);
}
