package se.kommunstod.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.brasupport.BraSupportInput;
import se.kommunstod.brasupport.BraSupportService;
import se.kommunstod.brasupport.PartnerAgency;
import se.kommunstod.brasupport.SupportKind;
import se.kommunstod.engine.AppDefinitions;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.engine.IdentitySetup;
import se.kommunstod.engine.MunicipalityAccess;
import se.kommunstod.engine.MunicipalityTenants;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.knowledge.LessonInput;
import se.kommunstod.knowledge.LessonService;
import se.kommunstod.lifecycle.Application;
import se.kommunstod.lifecycle.ProgrammeRounds;
import se.kommunstod.municipality.AreaRepository;
import se.kommunstod.municipality.PoliceRegionRepository;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.ApplicationInput;
import se.kommunstod.supportcase.ApplicationService;

/**
 * Demo organisations and people for the embedded database: a Brå advisor, and for three of the
 * first round's municipalities a coordinator, police, social services and a housing company; every
 * password is {@value #PASSWORD}. Each demo municipality gets one running support case so there is
 * work to see at once. Only active in the "demo" profile.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSetup implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String SUPPORT_CASE_PROCESS = "supportCase";
  static final List<String> MUNICIPALITIES = List.of("linkoping", "sodertalje", "trollhattan");

  /** Per municipality: user id prefix, role, first and last name. */
  private static final List<DemoPerson> PEOPLE_PER_MUNICIPALITY =
      List.of(
          new DemoPerson("samordnare", Role.MUNICIPALITY, "Kommunens", "samordnare"),
          new DemoPerson("polis", Role.POLICE, "Kommunpolis", ""),
          new DemoPerson("socialtjanst", Role.SOCIAL_SERVICES, "Socialtjänsten", ""),
          new DemoPerson("bostad", Role.HOUSING_COMPANY, "Bostadsbolaget", ""));

  private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

  private final IdentitySetup identity;
  private final MunicipalityAccess access;
  private final PoliceRegionRepository policeRegions;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final boolean stalledExample;
  private final ProgrammeRounds programmeRounds;
  private final LessonService lessons;
  private final ApplicationService applications;
  private final AreaRepository areas;
  private final BraSupportService braSupport;

  DemoSetup(
      IdentitySetup identity,
      MunicipalityAccess access,
      PoliceRegionRepository policeRegions,
      RuntimeService runtimeService,
      RepositoryService repositoryService,
      TaskService taskService,
      ProgrammeRounds programmeRounds,
      LessonService lessons,
      ApplicationService applications,
      AreaRepository areas,
      BraSupportService braSupport,
      @Value("${kommunstod.demo.stalled-example:true}") boolean stalledExample) {
    this.braSupport = braSupport;
    this.identity = identity;
    this.access = access;
    this.policeRegions = policeRegions;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.stalledExample = stalledExample;
    this.programmeRounds = programmeRounds;
    this.lessons = lessons;
    this.applications = applications;
    this.areas = areas;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.user("admin", "Demo", "Administratör", "admin@example.org", PASSWORD);
    identity.groupMember("admin", Role.ADMIN_GROUP);

    identity.user("radgivare", "Anna", "Rådgivare", "radgivare@example.org", PASSWORD);
    identity.groupMember("radgivare", Role.BRA.groupId());

    // rollout: a process manager, who releases models and moves running cases (docs/rollout.md)
    identity.user("processledare", "Petra", "Processledare", "processledare@example.org", PASSWORD);
    identity.groupMember("processledare", Role.PROCESS_MANAGER_GROUP);

    for (String municipality : MUNICIPALITIES) {
      for (DemoPerson person : PEOPLE_PER_MUNICIPALITY) {
        String userId = person.prefix() + "." + municipality;
        identity.user(
            userId,
            person.firstName(),
            person.lastName() + " " + municipality,
            userId + "@example.org",
            PASSWORD);
        access.addPerson(userId, person.role(), municipality);
      }
      startSupportCaseIfNone(municipality);
    }
    if (stalledExample) {
      stalledStepIfNone();
    }
    startProgrammeRoundIfNone();
    releasedLessonsIfNone();
    braSupportIfNone();

    // access: a police officer of Polisregion Väst, who sees Trollhättan and Göteborg
    identity.user("polis.vast", "Polisen", "Region Väst", "polis.vast@example.org", PASSWORD);
    access.addRegionPolice("polis.vast", policeRegions.findById("polisregion-vast").orElseThrow());
    log.info(
        "Demo users ready, password '{}': admin, radgivare, processledare, samordnare|polis|socialtjanst|bostad.<{}>, polis.vast",
        PASSWORD,
        String.join("|", MUNICIPALITIES));
  }

  private void startSupportCaseIfNone(String municipality) {
    String businessKey = "stod-" + municipality;
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()
        == 0) {
      // lifecycle: short demo cycles so meetings and follow-ups appear while you try it out;
      // meetings
      // eight minutes apart, so a person can document the first meeting's decisions and action
      // items
      // before the second one starts with their follow-up
      runtimeService.startProcessInstanceById(
          AppDefinitions.processDefinitionId(repositoryService, SUPPORT_CASE_PROCESS),
          businessKey,
          Map.of(
              MunicipalityTenants.MUNICIPALITY_VARIABLE,
              municipality,
              "meetingCycle",
              DEMO_MEETING_CYCLE,
              "followUpInterval",
              "PT2M"));
    }
  }

  /** Three meetings, eight minutes apart, after the kick-off. */
  static final String DEMO_MEETING_CYCLE = "R3/PT8M";

  // brasupport: what Brå's advisors gave Linköping and Södertälje so far, so the report tells how
  // the work was done
  private void braSupportIfNone() {
    if (!braSupport.list(List.of("linkoping", "sodertalje")).isEmpty()) {
      return;
    }
    LocalDate today = EngineTime.today();
    braSupport.record(
        "linkoping",
        new BraSupportInput(
            SupportKind.KNOWLEDGE_RAISING,
            PartnerAgency.POLICE,
            FocusArea.KNOWLEDGE_BASED_PREVENTION,
            today.minusDays(20),
            new BigDecimal("3.5"),
            "Halvdag om kunskapsbaserat brottsförebyggande arbete för samverkansgruppen"),
        "radgivare");
    braSupport.record(
        "linkoping",
        new BraSupportInput(
            SupportKind.METHOD_INTRODUCTION,
            PartnerAgency.COUNTY_BOARD,
            FocusArea.SITUATIONAL_PREVENTION,
            today.minusDays(9),
            new BigDecimal("6"),
            "Införande av EST: veckorapporter och lägesbild med bostadsbolaget"),
        "radgivare");
    braSupport.record(
        "linkoping",
        new BraSupportInput(
            SupportKind.ADVICE,
            null,
            null,
            today.minusDays(2),
            new BigDecimal("1"),
            "Rådgivning om aktivitetsplanens indikatorer"),
        "radgivare");
    braSupport.record(
        "sodertalje",
        new BraSupportInput(
            SupportKind.ORGANISATIONAL_DEVELOPMENT,
            PartnerAgency.MFOF,
            FocusArea.YOUTH_RECRUITMENT,
            today.minusDays(12),
            new BigDecimal("4"),
            "Stöd i att organisera föräldraskapsstöd i samverkan med socialtjänsten"),
        "radgivare");
  }

  // monitoring: the dashboard at work from the first start: Trollhättan's police picture is five
  // days late
  static final String STALLED_CASE = "stod-trollhattan";
  static final String STALLED_STEP = "Task_SituationPicturePolice";

  private void stalledStepIfNone() {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(STALLED_CASE)
            .taskDefinitionKey(STALLED_STEP)
            .singleResult();
    if (task != null && task.getDueDate() != null && task.getDueDate().after(new Date())) {
      task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(5))));
      taskService.saveTask(task);
    }
  }

  // lifecycle: a programme round with two applications that await the Brå advisor's decision
  static final String DEMO_ROUND = "stodomgang-demo";

  private void startProgrammeRoundIfNone() {
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(DEMO_ROUND).count()
        == 0) {
      // the model's default deadline is the decision's (2024-06-10); the demo round reports half a
      // year ahead
      programmeRounds.start(
          DEMO_ROUND, Map.of("reportDeadline", EngineTime.today().plusMonths(6).toString()));
      // recorded applications: the round reads their areas' classification from the current police
      // list
      submit(
          "sigtuna",
          List.of("Valsta", "Centrala Märsta"),
          "paborjat",
          "god",
          "hog",
          "Valsta och centrala Märsta har öppen narkotikahandel och unga som rekryteras; vi vill arbeta "
              + "kunskapsbaserat tillsammans med polisen och bostadsbolagen.",
          "Trygghetssamordnare");
      submit(
          "goteborg",
          List.of("Tynnered, Grevegården och Opaltorget", "Frölunda torg/Ruddalen"),
          "saknas",
          "begransad",
          "medel",
          "Stadsområde Sydväst vill bygga upp ett samordnat brottsförebyggande arbete "
              + "kring Frölunda torg och Tynnered.",
          "Stadsområdets säkerhetssamordnare");
    }
  }

  private void submit(
      String municipality,
      List<String> areaNames,
      String existingWork,
      String capacity,
      String expectedEffect,
      String motivation,
      String contactFunction) {
    List<Long> areaIds =
        areaNames.stream()
            .map(
                name ->
                    areas.findByMunicipalityCodeAndName(municipality, name).orElseThrow().getId())
            .toList();
    Long id =
        applications
            .submit(
                new ApplicationInput(
                    municipality,
                    motivation,
                    contactFunction,
                    EngineTime.today(),
                    areaIds,
                    existingWork,
                    capacity),
                "radgivare")
            .getId();
    programmeRounds.submit(
        DEMO_ROUND,
        new Application(municipality, null, expectedEffect, existingWork, capacity, id));
  }

  // knowledge: two released lessons from a gathering, so the lessons bank and the public export
  // show something
  static final String DEMO_GATHERING = "Erfarenhetsträff (demo)";

  private void releasedLessonsIfNone() {
    if (lessons.hasLessonsFrom(DEMO_GATHERING)) {
      return;
    }
    List<LessonInput> demoLessons =
        List.of(
            new LessonInput(
                "Trygghetsvandringar med bostadsbolaget",
                "När bostadsbolaget gick med på trygghetsvandringarna åtgärdades belysning och buskage inom två veckor. "
                    + "Bjud in bostadsbolaget redan till det första samverkansmötet.",
                Set.of(FocusArea.SITUATIONAL_PREVENTION),
                InterventionMethod.SITUATIONAL,
                "Otrygga platser"),
            new LessonInput(
                "Lägesbilderna först var för sig",
                "Polisens, socialtjänstens och kommunens lägesbilder skrivna var för sig och sedan jämförda gav en "
                    + "tydligare prioritering än en gemensam workshop. Räkna med två veckor.",
                Set.of(FocusArea.YOUTH_RECRUITMENT),
                InterventionMethod.SSPF,
                "Rekrytering av unga"));
    for (LessonInput lesson : demoLessons) {
      lessons.release(
          lessons.recordFromGathering(DEMO_GATHERING, lesson).getId(), "radgivare", false);
    }
  }

  private record DemoPerson(String prefix, Role role, String firstName, String lastName) {}
}
