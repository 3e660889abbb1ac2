package se.kommunstod.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEvaluationRepository extends JpaRepository<CaseEvaluation, Long> {

  Optional<CaseEvaluation> findBySupportCaseId(Long supportCaseId);
}
