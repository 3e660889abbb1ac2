package se.kommunstod.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

  List<SurveyAnswer> findBySupportCaseIdOrderByIdAsc(Long supportCaseId);

  boolean existsBySupportCaseIdAndOrganisation(
      Long supportCaseId, se.kommunstod.security.Role organisation);
}
