package se.kommunstod.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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
   * Camunda's delegate API (tasks, executions, listeners) is touched only by the engine glue and by
   * the beans the models call — a feature's {@code *Tasks}, a listener or a delegate — so a BPMN
   * expression leads to the one class that reads the process's variables.
   */
  @ArchTest
  static final ArchRule onlyEngineGlueAndModelBeansUseTheDelegateApi =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "se.kommunstod.engine..", "se.kommunstod.lifecycle..", "se.kommunstod.api..")
          .and()
          .haveSimpleNameNotEndingWith("Tasks")
          .and()
          .haveSimpleNameNotEndingWith("Listener")
          .and()
          .haveSimpleNameNotEndingWith("Delegate")
          .and()
          .haveSimpleNameNotEndingWith("Plugin")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda.bpm.engine.delegate..");

  /**
   * A feature's controller reads other features through their services, never their repositories.
   */
  @ArchTest
  static final ArchRule controllersUseOnlyTheirOwnFeaturesRepositories =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Controller")
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
}
