package se.kommunstod.engine;

import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The names the models called their beans by before each bean was named after its class (2026-12).
 * Cases run for years on the model version they started on, and those versions still say e.g.
 * {@code ${situationPictures.record(task, 'police')}}; an alias keeps them working until they are
 * moved (docs/migration.md). New models use the class names, which {@code ModelExpressionsTest}
 * enforces. Remove an alias once no running instance of a version that uses it remains.
 */
@Component
public class FormerBeanNames implements BeanDefinitionRegistryPostProcessor {

  /** Former name → the bean's name now. */
  static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("situationPictures", "situationPictureTasks"),
          Map.entry("activityPlans", "activityPlanTasks"),
          Map.entry("evaluations", "caseEvaluationTasks"),
          Map.entry("meetings", "meetingTasks"),
          Map.entry("interventions", "interventionTasks"),
          Map.entry("ministryReports", "ministryReportTasks"),
          Map.entry("applications", "applicationDecisionTasks"),
          Map.entry("gatheringAgenda", "gatheringAgendaDelegate"),
          Map.entry("gatheringNotesRecorder", "gatheringTasks"),
          Map.entry("lessons", "lessonTasks"),
          Map.entry("supportCaseLifecycle", "supportCaseLifecycleListener"));

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    ALIASES.forEach(
        (former, now) -> {
          if (registry.containsBeanDefinition(now)
              && !registry.isAlias(former)
              && !registry.containsBeanDefinition(former)) {
            registry.registerAlias(now, former);
          }
        });
  }
}
