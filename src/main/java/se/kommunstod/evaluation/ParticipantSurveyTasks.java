package se.kommunstod.evaluation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.process.ElementProperties;
import se.kommunstod.process.SupportCaseProcess;
import se.kommunstod.process.SupportCaseProcess.ParticipantsAssessment;
import se.kommunstod.process.SupportCaseProcess.Variables;
import se.kommunstod.process.Variable;
import se.kommunstod.security.Role;

/**
 * The participants' survey in {@code supportCase}: {@code
 * ${participantSurveyTasks.organisations(execution)}} gives the multi-instance survey task its
 * organisations (one task each, candidate group {@code surveyOrganisation}); {@code
 * ${participantSurveyTasks.answer(task)}} records an answer.
 */
@Component
public class ParticipantSurveyTasks {

  /** The model property listing the organisations always asked, e.g. "municipality,police". */
  static final String ALWAYS_ASKED = "surveyedOrganisations";

  private final ParticipantSurveyService service;

  public ParticipantSurveyTasks(ParticipantSurveyService service) {
    this.service = service;
  }

  /** The candidate groups of the survey tasks: the organisations taking part in the case. */
  public List<String> organisations(DelegateExecution execution) {
    return service
        .organisations(
            execution.getProcessBusinessKey(), alwaysAsked(execution.getBpmnModelInstance()))
        .stream()
        .map(Role::groupId)
        .toList();
  }

  /**
   * The organisations the model always asks (its property {@code surveyedOrganisations}), with or
   * without records of their own in the case. The collection is evaluated on the multi-instance
   * body, which is no element of the model, so it is read from the task. Also what the process
   * tests' engine answers for this bean, without records.
   */
  public static Set<Role> alwaysAsked(BpmnModelInstance model) {
    String always =
        ElementProperties.read(
                model.getModelElementById(SupportCaseProcess.TASK_PARTICIPANTS_ASSESSMENT),
                ALWAYS_ASKED)
            .orElse(null);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (always != null) {
      for (String code : always.split(",")) {
        if (!code.isBlank()) {
          roles.add(ProcessInput.parseEnum(ALWAYS_ASKED, code, Role.class));
        }
      }
    }
    return roles;
  }

  /** Task_ParticipantsAssessment (one per organisation): the three ratings and two open answers. */
  public void answer(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) ->
            service.answer(
                businessKey,
                ProcessInput.parseEnum(
                    Variables.SURVEY_ORGANISATION.name(),
                    input.string(Variables.SURVEY_ORGANISATION),
                    Role.class),
                new SurveyInput(
                    rating(input, ParticipantsAssessment.SURVEY_NEEDS_MET),
                    rating(input, ParticipantsAssessment.SURVEY_MORE_SYSTEMATIC),
                    rating(input, ParticipantsAssessment.SURVEY_WILL_CONTINUE),
                    input.string(ParticipantsAssessment.SURVEY_WHAT_WORKED),
                    input.string(ParticipantsAssessment.SURVEY_TO_IMPROVE)),
                TaskRecording.userId(task)));
  }

  /** A rating 1–5 as the form's radio gives it ("4"); anything else is refused in Swedish. */
  static Integer rating(ProcessInput input, Variable<String> variable) {
    String field = variable.name();
    String text = input.string(variable);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "Välj ett värde 1–5.", "Choose a value 1–5.");
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1 && value <= 5) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new InvalidInputException(
        field,
        "Välj ett värde 1–5 (1 = instämmer inte alls, 5 = instämmer helt).",
        "Choose a value 1–5 (1 = disagree completely, 5 = agree completely).");
  }
}
