package se.kommunstod.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import se.kommunstod.api.ApiProblems;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;

/**
 * The package rules of docs/architecture.md, checked on the compiled production classes so that a
 * change that breaks them fails the build instead of waiting for a reviewer.
 */
@AnalyzeClasses(packages = "se.kommunstod", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Features and infrastructure depend on each other in one direction only. */
  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("se.kommunstod.(*)..").should().beFreeOfCycles();

  /**
   * The engine glue outside {@code engine} and {@code lifecycle}: reading a task's variables
   * through its contract and turning refusals into the engine's answer.
   */
  static final DescribedPredicate<JavaClass> ENGINE_GLUE =
      DescribedPredicate.describe(
          "engine glue (api.ProcessInput, api.TaskRecording)",
          type ->
              type.isEquivalentTo(ProcessInput.class) || type.isEquivalentTo(TaskRecording.class));

  /** The beans the models call: a feature's {@code *Tasks}, listener or delegate component. */
  static final DescribedPredicate<JavaClass> MODEL_BEANS =
      DescribedPredicate.describe(
          "a bean the models call (@Component *Tasks, *Listener, *Delegate)",
          type ->
              type.isMetaAnnotatedWith(Component.class)
                  && type.getSimpleName().matches(".*(Tasks|Listener|Delegate)"));

  /**
   * Camunda's delegate API (tasks, executions, listeners) is touched only by the engine glue and by
   * the beans the models call, so a BPMN expression leads to the one class that reads the process's
   * variables.
   */
  @ArchTest
  static final ArchRule onlyEngineGlueAndModelBeansUseTheDelegateApi =
      noClasses()
          .that()
          .resideOutsideOfPackages("se.kommunstod.engine..", "se.kommunstod.lifecycle..")
          .and(not(ENGINE_GLUE))
          .and(not(MODEL_BEANS))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda.bpm.engine.delegate..");

  /**
   * The engine's side answers the engine, not HTTP: the glue and the model beans use neither the
   * web layer's problem answers nor Spring Web or HTTP (a refusal there is the engine's {@code
   * FormFieldValidationException}, which {@code engine.rest} turns into 400).
   */
  @ArchTest
  static final ArchRule engineGlueAndModelBeansDoNotUseTheWebLayer =
      noClasses()
          .that(ENGINE_GLUE.or(MODEL_BEANS))
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(ApiProblems.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.web..", "org.springframework.http..");

  /**
   * A feature's controller reads other features through their services, never their repositories.
   */
  @ArchTest
  static final ArchRule controllersUseOnlyTheirOwnFeaturesRepositories =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Controller")
          .or()
          .areMetaAnnotatedWith(Controller.class)
          .should(dependOnARepositoryOfAnotherPackage());

  private static ArchCondition<JavaClass> dependOnARepositoryOfAnotherPackage() {
    return new ArchCondition<>("depend on a repository of another package") {
      @Override
      public void check(JavaClass controller, ConditionEvents events) {
        controller.getDirectDependenciesFromSelf().stream()
            .map(dependency -> dependency.getTargetClass())
            .filter(
                target ->
                    target.getSimpleName().endsWith("Repository")
                        && target.getPackageName().startsWith("se.kommunstod.")
                        && !target.getPackageName().equals(controller.getPackageName()))
            .distinct()
            .forEach(
                target ->
                    events.add(
                        SimpleConditionEvent.satisfied(
                            controller, controller.getName() + " uses " + target.getName())));
      }
    };
  }

  /**
   * A repository's own query methods are JPQL ({@code @Query}). Spring Data builds a derived query
   * ({@code findByXAndY}) as a JPA criteria query, which Hibernate 6.6 translates to SQL anew at
   * every call, while it translates a JPQL string once and keeps it; the task listeners call these
   * methods at nearly every completion, where the translations were 4.3 % of the lifecycle threads'
   * CPU samples (docs/throughput.md, "Stop 29"). Spring Data's inherited methods ({@code findById},
   * {@code save}, a {@code Specification}'s {@code findAll}) are not derived and are not checked.
   */
  @ArchTest
  static final ArchRule repositoryQueriesAreJpql =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAssignableTo(org.springframework.data.repository.Repository.class)
          .and()
          .areDeclaredInClassesThat()
          .areInterfaces()
          .and()
          .haveNameMatching("(find|read|get|query|search|stream|count|exists|delete|remove).*By.*")
          .should()
          .beAnnotatedWith(org.springframework.data.jpa.repository.Query.class);

  /** A derived query: what the JPQL rule refuses. */
  interface DerivedQueries
      extends org.springframework.data.repository.Repository<ArchitectureTest, Long> {
    java.util.List<ArchitectureTest> findByNameAndPosition(String name, int position);
  }

  /** Not a bean the models call, yet it reads a task: what the delegate rule refuses. */
  static final class TaskReader {
    String read(org.camunda.bpm.engine.delegate.DelegateTask task) {
      return (String) task.getVariable("anything");
    }
  }

  /** A controller that writes another feature's records past its service. */
  @org.springframework.web.bind.annotation.RestController
  static final class PlanWriter {
    PlanWriter(se.kommunstod.plan.ActivityPlanRepository plans) {}
  }

  /** A model bean that answers in HTTP: what the web-layer rule refuses. */
  @Component
  static final class AnsweringTasks {
    void refuse() {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatusCode.valueOf(400));
    }
  }

  @Test
  void theRulesRefuseWhatTheyAreAbout() {
    JavaClasses fixtures =
        new ClassFileImporter()
            .importClasses(
                TaskReader.class, PlanWriter.class, AnsweringTasks.class, DerivedQueries.class);
    assertThat(onlyEngineGlueAndModelBeansUseTheDelegateApi.evaluate(fixtures).hasViolation())
        .isTrue();
    assertThat(controllersUseOnlyTheirOwnFeaturesRepositories.evaluate(fixtures).hasViolation())
        .isTrue();
    assertThat(engineGlueAndModelBeansDoNotUseTheWebLayer.evaluate(fixtures).hasViolation())
        .isTrue();
    assertThat(repositoryQueriesAreJpql.evaluate(fixtures).hasViolation()).isTrue();
  }
}
