package se.kommunstod.lifecycle;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import se.kommunstod.process.CooperationMeetingProcess;

/**
 * A cooperation meeting started at its parallel actor reports, with what the case would pass it:
 * the reports' empty answers and their escalation timer exist, no record does.
 */
final class MeetingAtItsActorReports {

  private MeetingAtItsActorReports() {}

  /**
   * @return the meeting's process instance id
   */
  static String start(RuntimeService runtimeService, String businessKey) {
    return runtimeService
        .createProcessInstanceByKey(CooperationMeetingProcess.KEY)
        .businessKey(businessKey)
        .setVariables(
            Map.of(
                "municipalityCode", "linkoping",
                "municipalityName", "Linköpings kommun",
                "hasOpenItems", false))
        .startBeforeActivity(CooperationMeetingProcess.ActorReport.ID + "#multiInstanceBody")
        .execute()
        .getId();
  }
}
