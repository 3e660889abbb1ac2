package se.kommunstod.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseEvaluationRepository extends JpaRepository<CaseEvaluation, Long> {

  @Query("select e from CaseEvaluation e where e.supportCase.id = :supportCaseId")
  Optional<CaseEvaluation> findBySupportCaseId(@Param("supportCaseId") Long supportCaseId);
}
