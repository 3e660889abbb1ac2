package se.kommunstod.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityPlanRepository extends JpaRepository<ActivityPlan, Long> {

  Optional<ActivityPlan> findBySupportCaseId(Long supportCaseId);
}
