package se.kommunstod.evaluation;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * The participants' survey at the end of a support case: which organisations take part in the case
 * (and so get a survey task), and their answers, one per organisation.
 */
@Service
@Transactional
public class ParticipantSurveyService {

  private final SupportCaseService cases;
  private final SurveyAnswerRepository answers;
  private final InputValidation validation;
  private final EntityManager em;

  public ParticipantSurveyService(
      SupportCaseService cases,
      SurveyAnswerRepository answers,
      InputValidation validation,
      EntityManager em) {
    this.cases = cases;
    this.answers = answers;
    this.validation = validation;
    this.em = em;
  }

  /**
   * The organisations taking part in the case: those the model always asks (e.g. the coordinator,
   * police, social services, the housing company) and every other that reported to a meeting, owns
   * an action item or an intervention in the case. Brå, who gave the support, is not asked.
   */
  @Transactional(readOnly = true)
  public List<Role> organisations(String businessKey, Set<Role> always) {
    Long id = cases.require(businessKey).getId();
    Set<Role> roles = always.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(always);
    roles.addAll(
        em.createQuery(
                "select distinct r.ownerRole from MeetingActorReport r where r.meeting.supportCase.id = :id",
                Role.class)
            .setParameter("id", id)
            .getResultList());
    roles.addAll(
        em.createQuery(
                "select distinct a.ownerRole from ActionItem a where a.meeting.supportCase.id = :id",
                Role.class)
            .setParameter("id", id)
            .getResultList());
    roles.addAll(
        em.createQuery(
                "select distinct i.ownerRole from Intervention i where i.supportCase.id = :id",
                Role.class)
            .setParameter("id", id)
            .getResultList());
    roles.remove(Role.BRA);
    return List.copyOf(roles);
  }

  public SurveyAnswer answer(String businessKey, Role organisation, SurveyInput input, String by) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    if (answers.existsBySupportCaseIdAndOrganisation(supportCase.getId(), organisation)) {
      throw new InvalidInputException(
          "organisation",
          organisation.organisationName() + " har redan besvarat enkäten i det här ärendet.",
          "This organisation has already answered the survey.");
    }
    return answers.save(new SurveyAnswer(supportCase, organisation, input, EngineTime.now(), by));
  }

  @Transactional(readOnly = true)
  public List<SurveyAnswer> answers(String businessKey) {
    return answers.findBySupportCaseIdOrderByIdAsc(cases.require(businessKey).getId());
  }
}
