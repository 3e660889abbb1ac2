package se.kommunstod.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportSubmissionRepository extends JpaRepository<ReportSubmission, Long> {

  List<ReportSubmission> findByRoundKeyOrderBySubmittedAtAscIdAsc(String roundKey);
}
