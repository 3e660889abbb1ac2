package se.kommunstod.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

  @Query("select a from SurveyAnswer a where a.supportCase.id = :supportCaseId order by a.id")
  List<SurveyAnswer> findBySupportCaseIdOrderByIdAsc(@Param("supportCaseId") Long supportCaseId);

  @Query(
      "select count(a) > 0 from SurveyAnswer a where a.supportCase.id = :supportCaseId"
          + " and a.organisation = :organisation")
  boolean existsBySupportCaseIdAndOrganisation(
      @Param("supportCaseId") Long supportCaseId,
      @Param("organisation") se.kommunstod.security.Role organisation);
}
