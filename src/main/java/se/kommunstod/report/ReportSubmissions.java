package se.kommunstod.report;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.engine.EngineTime;

/**
 * Archives what Brå submits to the Government Offices: the programme's report tasks call {@link
 * #submit} on completion, with the whole programme's report (every municipality) compiled at that
 * moment, so a later look shows exactly the figures that were reported.
 */
@Service
@Transactional
public class ReportSubmissions {

  private final ReportService reports;
  private final ReportSubmissionRepository submissions;
  private final InputValidation validation;

  ReportSubmissions(
      ReportService reports, ReportSubmissionRepository submissions, InputValidation validation) {
    this.reports = reports;
    this.submissions = submissions;
    this.validation = validation;
  }

  public ReportSubmission submit(
      String roundKey,
      ReportSubmission.Kind kind,
      ReportSubmissionInput input,
      String submittedBy) {
    validation.check(input);
    FinalReport report =
        reports.compile(null, EngineTime.today(), kind == ReportSubmission.Kind.INTERIM);
    return submissions.save(
        new ReportSubmission(
            roundKey,
            kind,
            report.asOf(),
            EngineTime.now(),
            submittedBy,
            input.summary().strip(),
            input.reference() == null || input.reference().isBlank()
                ? null
                : input.reference().strip(),
            ReportCsv.codes(report)));
  }

  @Transactional(readOnly = true)
  public List<ReportSubmission> of(String roundKey) {
    return submissions.findByRoundKeyOrderBySubmittedAtAscIdAsc(roundKey);
  }

  @Transactional(readOnly = true)
  public ReportSubmission require(Long id) {
    return submissions
        .findById(id)
        .orElseThrow(
            () -> new RecordNotFoundException("ingen inlämnad rapport", "report submission", id));
  }
}
