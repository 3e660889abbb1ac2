package se.kommunstod.lifecycle;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The process tests' engine (src/test/resources/camunda.cfg.xml) with coverage: each test class
 * covers one model and fails the build when its flow nodes and sequence flows are covered less than
 * {@value #MINIMUM}. Models a class only calls are excluded from its figure. The report lands in
 * target/process-test-coverage/.
 */
final class LifecycleCoverage {

  static final double MINIMUM = 0.9;

  private LifecycleCoverage() {}

  static ProcessEngineCoverageExtension extension(String... calledModels) {
    return (ProcessEngineCoverageExtension)
        ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(MINIMUM)
            .excludeProcessDefinitionKeys(calledModels)
            .build();
  }
}
