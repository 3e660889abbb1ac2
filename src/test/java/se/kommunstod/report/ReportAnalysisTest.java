package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kommunstod.intervention.InterventionMethod;

/** The report's written analysis names every leader of a tie, not an arbitrary one. */
class ReportAnalysisTest {

  @Test
  void oneLeaderIsNamedWithItsCountAndATieNamesThemAll() {
    Map<InterventionMethod, Long> counts = new EnumMap<>(InterventionMethod.class);
    counts.put(InterventionMethod.EST, 1L);
    counts.put(InterventionMethod.GVI, 3L);
    assertThat(ReportAnalysis.leaders(counts, InterventionMethod::name)).isEqualTo("GVI (3)");

    counts.put(InterventionMethod.EST, 3L);
    counts.put(InterventionMethod.SSPF, 3L);
    assertThat(ReportAnalysis.leaders(counts, InterventionMethod::name))
        .isEqualTo("EST, GVI och SSPF (3 vardera)");

    assertThat(
            ReportAnalysis.leaders(
                new EnumMap<>(InterventionMethod.class), InterventionMethod::name))
        .isEqualTo("–");
  }
}
