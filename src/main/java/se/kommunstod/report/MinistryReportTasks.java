package se.kommunstod.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.process.ProgrammeProcess.InterimReport;

/**
 * Task listener ("complete") of {@code Task_InterimReport} and {@code Task_FinalReport} in {@code
 * programme}: {@code ${ministryReportTasks.submit(task, 'INTERIM')}} archives the form's {@code
 * reportSummary} and {@code reportReference} with the report's figures at that moment, under the
 * round's business key, by the user completing the task.
 */
@Component
public class MinistryReportTasks {

  private final ReportSubmissions submissions;

  public MinistryReportTasks(ReportSubmissions submissions) {
    this.submissions = submissions;
  }

  public void submit(DelegateTask task, String kind) {
    Authentication user =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    TaskRecording.record(
        task,
        (roundKey, input) ->
            submissions.submit(
                roundKey,
                ReportSubmission.Kind.valueOf(kind),
                // the interim and the final report share the form ministry-report
                new ReportSubmissionInput(
                    input.string(InterimReport.REPORT_SUMMARY),
                    input.string(InterimReport.REPORT_REFERENCE)),
                user == null ? null : user.getUserId()));
  }
}
