package se.kommunstod.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityPlanRepository extends JpaRepository<ActivityPlan, Long> {

  @Query("select p from ActivityPlan p where p.supportCase.id = :supportCaseId")
  Optional<ActivityPlan> findBySupportCaseId(@Param("supportCaseId") Long supportCaseId);
}
