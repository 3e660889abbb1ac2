package se.kommunstod.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportSubmissionRepository extends JpaRepository<ReportSubmission, Long> {

  @Query(
      "select s from ReportSubmission s where s.roundKey = :roundKey order by s.submittedAt, s.id")
  List<ReportSubmission> findByRoundKeyOrderBySubmittedAtAscIdAsc(
      @Param("roundKey") String roundKey);
}
