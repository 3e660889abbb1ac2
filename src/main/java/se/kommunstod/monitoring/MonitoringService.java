package se.kommunstod.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.security.CurrentUser;

/**
 * Stalled steps as the current user may see them: only the municipalities (tenants) they may see
 * (security.CurrentUser); Brå advisors and administrators see every municipality. A page is always
 * counted live; the unfiltered summary comes from {@link StalledCountsSnapshot} while it is fresh,
 * with its age in {@code asOf}, narrowed to the person's municipalities here.
 */
@Service
public class MonitoringService {

  private final StalledSteps stalledSteps;
  private final IdentityService identityService;
  private final MunicipalityRepository municipalities;
  private final MonitoringProperties properties;
  private final StalledCountsSnapshot snapshot;

  /**
   * Municipality names by code, read again when an answer names a code they lack: reading them
   * through JPA for every summary was a third of its cost over HTTP (issue 21). A renamed
   * municipality keeps its old name here until the next restart.
   */
  private volatile Map<String, String> names = Map.of();

  public MonitoringService(
      StalledSteps stalledSteps,
      IdentityService identityService,
      MunicipalityRepository municipalities,
      MonitoringProperties properties,
      StalledCountsSnapshot snapshot) {
    this.stalledSteps = stalledSteps;
    this.snapshot = snapshot;
    this.identityService = identityService;
    this.municipalities = municipalities;
    this.properties = properties;
  }

  /**
   * @param generatedAt when this answer was made
   * @param asOf when its counts were taken: {@code generatedAt} when counted live, earlier when
   *     read from the snapshot (the dashboard shows the difference as "uppdaterad för N min sedan")
   */
  public record Summary(
      Instant generatedAt,
      Instant asOf,
      long total,
      List<String> buckets,
      long[] totalBuckets,
      List<StepCount> perStep,
      List<MunicipalityCount> perMunicipality) {}

  public record StepCount(
      StallKind kind,
      String kindLabel,
      String process,
      String processName,
      String step,
      String stepName,
      long count,
      long[] buckets,
      Map<String, Long> perMunicipality) {}

  public record MunicipalityCount(String municipality, String name, long count, long[] buckets) {}

  public StalledSteps.Page stalled(StallFilter filter, int page, int size) {
    validate(filter);
    if (page < 0 || page > se.kommunstod.api.PageResponse.MAX_PAGE) {
      throw badRequest(
          "Sidnumret (page) måste vara mellan 0 och "
              + se.kommunstod.api.PageResponse.MAX_PAGE
              + ".");
    }
    if (size < 1 || size > properties.maxPageSize()) {
      throw badRequest(
          "Sidstorleken (size) måste vara mellan 1 och " + properties.maxPageSize() + ".");
    }
    return stalledSteps.page(filter, visibleTenants(filter), page, size);
  }

  public Summary summary(StallFilter filter) {
    validate(filter);
    List<String> tenants = visibleTenants(filter);
    // only the unfiltered summary (the dashboard's view of everything) is kept; a filter is counted
    // live
    Optional<StalledCountsSnapshot.Snapshot> kept =
        filter.equals(StallFilter.none()) ? snapshot.fresh() : Optional.empty();
    List<StalledSteps.Count> counts =
        kept.map(k -> visibleOnly(k.counts(), tenants))
            .orElseGet(() -> stalledSteps.counts(filter, tenants));
    int bucketCount = StalledSteps.BUCKETS.size();
    long[] totalBuckets = new long[bucketCount];
    long total = 0;
    Map<String, StepCount> perStep = new LinkedHashMap<>();
    Map<String, long[]> perMunicipality = new TreeMap<>();
    for (StalledSteps.Count count : counts) {
      total += count.count();
      add(totalBuckets, count.buckets());
      String stepKey = count.kind() + "|" + count.process() + "|" + count.step();
      StepCount step =
          perStep.computeIfAbsent(
              stepKey,
              k ->
                  new StepCount(
                      count.kind(),
                      count.kind().label(),
                      count.process(),
                      count.processName(),
                      count.step(),
                      count.stepName(),
                      0,
                      new long[bucketCount],
                      new TreeMap<>()));
      add(step.buckets(), count.buckets());
      String municipality = count.municipality() == null ? "" : count.municipality();
      step.perMunicipality().merge(municipality, count.count(), Long::sum);
      perStep.put(
          stepKey,
          new StepCount(
              step.kind(),
              step.kindLabel(),
              step.process(),
              step.processName(),
              step.step(),
              step.stepName(),
              step.count() + count.count(),
              step.buckets(),
              step.perMunicipality()));
      add(
          perMunicipality.computeIfAbsent(municipality, k -> new long[bucketCount + 1]),
          prepend(count.count(), count.buckets()));
    }
    Map<String, String> names = municipalityNames(perMunicipality.keySet());
    List<MunicipalityCount> byMunicipality = new ArrayList<>();
    perMunicipality.forEach(
        (code, sums) ->
            byMunicipality.add(
                new MunicipalityCount(
                    code,
                    names.getOrDefault(code, code.isEmpty() ? "(ingen kommun)" : code),
                    sums[0],
                    java.util.Arrays.copyOfRange(sums, 1, sums.length))));
    byMunicipality.sort(
        Comparator.comparingLong(MunicipalityCount::count)
            .reversed()
            .thenComparing(MunicipalityCount::name));
    List<StepCount> bySteps = new ArrayList<>(perStep.values());
    bySteps.sort(
        Comparator.comparingLong(StepCount::count).reversed().thenComparing(StepCount::step));
    Instant generatedAt = EngineTime.now();
    Instant asOf = kept.map(StalledCountsSnapshot.Snapshot::asOf).orElse(generatedAt);
    return new Summary(
        generatedAt, asOf, total, StalledSteps.BUCKETS, totalBuckets, bySteps, byMunicipality);
  }

  /**
   * The snapshot's rows of the given municipalities (null: all), as the live query's {@code
   * tenant_id_ in (:tenants)} would: a row without a municipality only for those who see all.
   */
  static List<StalledSteps.Count> visibleOnly(
      List<StalledSteps.Count> counts, Collection<String> tenants) {
    if (tenants == null) {
      return counts;
    }
    Set<String> visible = Set.copyOf(tenants);
    return counts.stream()
        .filter(c -> c.municipality() != null && visible.contains(c.municipality()))
        .toList();
  }

  /**
   * The municipalities (tenants) the user may see: security.CurrentUser's rule, the tenants they or
   * their groups are members of (Brå's and the administrators' groups belong to every tenant).
   */
  private Map<String, String> municipalityNames(java.util.Set<String> codes) {
    Map<String, String> known = names;
    boolean complete = codes.stream().allMatch(code -> code.isEmpty() || known.containsKey(code));
    if (complete && !known.isEmpty()) {
      return known;
    }
    Map<String, String> read = new LinkedHashMap<>();
    for (Municipality municipality : municipalities.findAll()) {
      read.put(municipality.getCode(), municipality.getName());
    }
    names = Map.copyOf(read);
    return names;
  }

  private List<String> visibleTenants(StallFilter filter) {
    CurrentUser user = CurrentUser.of(identityService);
    if (filter.municipality() != null && !user.canSee(filter.municipality())) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Du arbetar inte för kommunen '"
              + filter.municipality()
              + "' och kan inte se dess ärenden.");
    }
    return user.municipalities();
  }

  private static void validate(StallFilter filter) {
    if (filter.minDaysPastLimit() != null && filter.minDaysPastLimit() < 0) {
      throw badRequest("Minsta ålder (minAgeDays) får inte vara negativ.");
    }
  }

  private static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }

  private static void add(long[] sums, long[] values) {
    for (int i = 0; i < values.length; i++) {
      sums[i] += values[i];
    }
  }

  private static long[] prepend(long first, long[] rest) {
    long[] all = new long[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
