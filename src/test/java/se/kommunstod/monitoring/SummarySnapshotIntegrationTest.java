package se.kommunstod.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.support.IntegrationTest;

/**
 * The unfiltered summary read from {@link StalledCountsSnapshot}: each person gets only their own
 * municipalities' rows of it, its age is in {@code asOf}, and filtered or too old it is counted
 * live.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummarySnapshotIntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TestRestTemplate http;
  @Autowired StalledCountsSnapshot snapshot;
  @Autowired StalledSteps stalledSteps;
  @Autowired MonitoringProperties properties;
  @Autowired IdentityService identityService;
  @Autowired MunicipalityRepository municipalities;

  @BeforeAll
  void startStalledTasksInSeveralMunicipalities() {
    repositoryService
        .createDeployment()
        .name("monitoring-snapshot-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("monitoring/snapshot.bpmn")
        .deploy();
    for (String municipality : List.of("linkoping", "sodertalje", "trollhattan")) {
      startStalledTask(municipality);
    }
  }

  @Test
  void everyoneGetsOnlyTheirOwnMunicipalitiesFromTheSnapshot() {
    snapshot.refresh();
    Map<String, Set<String>> visible =
        Map.of(
            "samordnare.linkoping", Set.of("linkoping"),
            "socialtjanst.sodertalje", Set.of("sodertalje"),
            "polis.vast", Set.of("trollhattan", "goteborg"));
    visible.forEach(
        (user, municipalities) -> {
          FromSnapshot summary = fromSnapshot(() -> get(user, "/api/monitoring/summary"));
          assertThat(municipalitiesIn(summary.answer()))
              .as(user)
              .isNotEmpty()
              .isSubsetOf(municipalities);
          assertThat(((Number) summary.answer().get("total")).longValue())
              .as(user)
              .isEqualTo(summary.total(municipalities))
              .isPositive();
        });
    Map<String, Object> bra =
        fromSnapshot(() -> get("radgivare", "/api/monitoring/summary")).answer();
    assertThat(municipalitiesIn(bra)).contains("linkoping", "sodertalje", "trollhattan");
  }

  @Test
  void theSummaryCarriesTheSnapshotsAgeAndAFilteredOneIsLive() {
    snapshot.refresh();
    FromSnapshot kept = fromSnapshot(() -> get("samordnare.linkoping", "/api/monitoring/summary"));
    Instant asOf = Instant.parse((String) kept.answer().get("asOf"));
    assertThat(asOf).isEqualTo(kept.kept().asOf());
    assertThat(Instant.parse((String) kept.answer().get("generatedAt"))).isAfterOrEqualTo(asOf);

    startStalledTask("linkoping");
    Map<String, Object> live =
        get("samordnare.linkoping", "/api/monitoring/summary?process=monitoringSnapshotTest");
    assertThat(live.get("asOf")).isEqualTo(live.get("generatedAt"));
    assertThat(live.get("total")).isEqualTo(2);
  }

  @Test
  void aSnapshotOlderThanItsMaximumAgeIsNotUsed() {
    // an instance of its own, out of reach of the scheduled refresh
    StalledCountsSnapshot own = new StalledCountsSnapshot(stalledSteps, properties);
    MonitoringService service =
        new MonitoringService(stalledSteps, identityService, municipalities, properties, own);
    assertThat(own.fresh()).isEmpty();
    own.refresh();
    assertThat(own.fresh()).isPresent();
    identityService.setAuthentication(
        "samordnare.linkoping", List.of("municipality"), List.of("linkoping"));
    try {
      assertThat(service.summary(StallFilter.none()).asOf())
          .isEqualTo(own.fresh().orElseThrow().asOf());
      ClockUtil.setCurrentTime(
          Date.from(Instant.now().plus(properties.summaryMaxAge()).plusSeconds(60)));
      assertThat(own.fresh()).isEmpty();
      MonitoringService.Summary live = service.summary(StallFilter.none());
      assertThat(live.asOf()).isEqualTo(live.generatedAt());
      assertThat(live.perMunicipality())
          .extracting(MonitoringService.MunicipalityCount::municipality)
          .containsOnly("linkoping");
    } finally {
      ClockUtil.reset();
      identityService.clearAuthentication();
    }
  }

  @Test
  void rowsOfOtherMunicipalitiesAndWithoutOneAreLeftOut() {
    List<StalledSteps.Count> counts = List.of(count("linkoping"), count("sodertalje"), count(null));
    assertThat(MonitoringService.visibleOnly(counts, List.of("linkoping")))
        .extracting(StalledSteps.Count::municipality)
        .containsExactly("linkoping");
    assertThat(MonitoringService.visibleOnly(counts, List.of())).isEmpty();
    assertThat(MonitoringService.visibleOnly(counts, null)).hasSize(3);
  }

  private static StalledSteps.Count count(String municipality) {
    return new StalledSteps.Count(
        StallKind.USER_TASK, "p", "P", "s", "S", municipality, 1, new long[] {1, 0, 0, 0});
  }

  private void startStalledTask(String municipality) {
    runtimeService.startProcessInstanceByKey(
        "monitoringSnapshotTest",
        "snapshot-" + municipality,
        Map.of(
            "municipalityCode",
            municipality,
            "due",
            Date.from(Instant.now().minus(Duration.ofDays(3)))));
  }

  /**
   * An answer and the snapshot it was made from: asked again if the scheduled refresh replaced it
   * meanwhile.
   */
  private record FromSnapshot(Map<String, Object> answer, StalledCountsSnapshot.Snapshot kept) {

    long total(Set<String> municipalities) {
      return kept.counts().stream()
          .filter(c -> municipalities.contains(c.municipality()))
          .mapToLong(StalledSteps.Count::count)
          .sum();
    }
  }

  private FromSnapshot fromSnapshot(Supplier<Map<String, Object>> request) {
    while (true) {
      StalledCountsSnapshot.Snapshot before = snapshot.fresh().orElseThrow();
      Map<String, Object> answer = request.get();
      if (before == snapshot.fresh().orElseThrow()) {
        assertThat(Instant.parse((String) answer.get("asOf"))).isEqualTo(before.asOf());
        return new FromSnapshot(answer, before);
      }
    }
  }

  /** Every municipality the summary mentions, per municipality and in each step's breakdown. */
  @SuppressWarnings("unchecked")
  private static Set<String> municipalitiesIn(Map<String, Object> summary) {
    Set<String> found = new java.util.TreeSet<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) summary.get("perMunicipality")) {
      found.add((String) m.get("municipality"));
    }
    for (Map<String, Object> s : (List<Map<String, Object>>) summary.get("perStep")) {
      found.addAll(((Map<String, Object>) s.get("perMunicipality")).keySet());
    }
    return found;
  }

  private Map<String, Object> get(String user, String url) {
    return http.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, JSON).getBody();
  }
}
