package se.kommunstod.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The government decision (Ju2022/01000) sets two orders for the selection; a process manager may
 * retune {@code prioritise-application.dmn} as long as both hold. This test evaluates the table on
 * Camunda's DMN engine for every combination of its inputs' declared values (not a handful of
 * examples), so an edit in Modeler that puts a riskområde below an utsatt område, or a higher
 * expected effect below a lower one, fails the build and says which rows and why.
 */
class PrioritisationOrderTest {

  static final String DECISION_SENTENCE =
      "I bedömningen av vilka kommuner som ska få stöd, ska områden som "
          + "Polismyndigheten har identifierat som särskilt utsatta och riskområden prioriteras. Stödet ska också "
          + "prioriteras till de kommuner där det bedöms få störst effekt.";

  static final Path TABLE = Path.of("processes/prioritise-application.dmn");

  /** Least to most severe: no listed area, utsatt område, riskområde, särskilt utsatt område. */
  static final List<String> SEVERITY = List.of("inget", "utsatt", "riskomrade", "sarskilt-utsatt");

  /** Lowest to highest expected effect. */
  static final List<String> EFFECT = List.of("lag", "medel", "hog");

  /** Worst to best recommendation. */
  static final List<String> RECOMMENDATION = List.of("avsla", "overvag", "bevilja");

  static DmnEngine dmnEngine;
  static DmnDecision decision;
  static Map<String, List<String>> grid;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(TABLE)) {
      decision = dmnEngine.parseDecision("prioritiseApplication", in);
    }
    grid = inputValues();
  }

  /** The variables the table reads and the values each input declares (Modeler: "Input values"). */
  static Map<String, List<String>> inputValues() throws Exception {
    DmnModelInstance model;
    try (InputStream in = Files.newInputStream(TABLE)) {
      model = Dmn.readModelFromStream(in);
    }
    Decision definition = model.getModelElementById("prioritiseApplication");
    DecisionTable table = (DecisionTable) definition.getExpression();
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      String variable = input.getInputExpression().getText().getTextContent().strip();
      assertThat(input.getInputValues())
          .as(
              "input '%s' must declare its values, so that the whole grid can be checked",
              input.getLabel())
          .isNotNull();
      List<String> declared = new ArrayList<>();
      for (String value : input.getInputValues().getText().getTextContent().split(",")) {
        declared.add(value.strip().replace("\"", ""));
      }
      values.put(variable, declared);
    }
    return values;
  }

  @Test
  void theOrdersKnowEveryDeclaredValue() {
    assertThat(grid).containsKeys("policeClassification", "expectedEffect");
    assertThat(SEVERITY)
        .as("the severity order must place every classification the table declares")
        .containsExactlyInAnyOrderElementsOf(grid.get("policeClassification"));
    assertThat(EFFECT)
        .as("the effect order must place every expected effect the table declares")
        .containsExactlyInAnyOrderElementsOf(grid.get("expectedEffect"));
  }

  @Test
  void noCombinationRanksAMoreSevereAreaOrAHigherEffectLower() {
    List<Map<String, Object>> combinations = combinations();
    Map<Map<String, Object>, Rank> ranks = new LinkedHashMap<>();
    for (Map<String, Object> combination : combinations) {
      ranks.put(combination, evaluate(combination));
    }
    List<String> violations = new ArrayList<>();
    violations.addAll(violations(ranks, "policeClassification", SEVERITY));
    violations.addAll(violations(ranks, "expectedEffect", EFFECT));

    System.out.printf(
        "prioritiseApplication: %d combinations, %d order violations%n",
        combinations.size(), violations.size());
    assertThat(combinations)
        .hasSize(grid.values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b));
    assertThat(violations)
        .as(
            "Regeringsbeslutet Ju2022/01000: \"%s\" Beslutstabellen prioritiseApplication bryter mot det i %d av %d "
                + "kombinationer:%n%s",
            DECISION_SENTENCE,
            violations.size(),
            combinations.size(),
            String.join(System.lineSeparator(), violations))
        .isEmpty();
  }

  /**
   * Pairs that differ only in {@code variable}, one step apart in {@code order}, where the higher
   * ranks lower.
   */
  static List<String> violations(
      Map<Map<String, Object>, Rank> ranks, String variable, List<String> order) {
    List<String> found = new ArrayList<>();
    ranks.forEach(
        (combination, rank) -> {
          int position = order.indexOf((String) combination.get(variable));
          for (int higher = position + 1; higher < order.size(); higher++) {
            Map<String, Object> better = new LinkedHashMap<>(combination);
            better.put(variable, order.get(higher));
            Rank betterRank = ranks.get(better);
            if (betterRank != null && betterRank.isBelow(rank)) {
              found.add(
                  "  "
                      + better
                      + " -> "
                      + betterRank
                      + " ligger under "
                      + combination
                      + " -> "
                      + rank);
            }
          }
        });
    return found;
  }

  static List<Map<String, Object>> combinations() {
    List<Map<String, Object>> result = new ArrayList<>();
    result.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> input : grid.entrySet()) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : result) {
        for (String value : input.getValue()) {
          Map<String, Object> extended = new LinkedHashMap<>(partial);
          extended.put(input.getKey(), value);
          next.add(extended);
        }
      }
      result = next;
    }
    return result;
  }

  static Rank evaluate(Map<String, Object> variables) {
    DmnDecisionResultEntries result =
        dmnEngine.evaluateDecision(decision, variables).getSingleResult();
    assertThat(result).as("no rule matched %s", variables).isNotNull();
    Number priority = result.getEntry("priority");
    String recommendation = result.getEntry("recommendation");
    assertThat(RECOMMENDATION)
        .as("unknown recommendation for %s", variables)
        .contains(recommendation);
    return new Rank(priority.intValue(), recommendation);
  }

  /** Priority 1 is highest; a recommendation ranks bevilja > överväg > avslå. */
  record Rank(int priority, String recommendation) {

    boolean isBelow(Rank other) {
      return priority > other.priority
          || RECOMMENDATION.indexOf(recommendation) < RECOMMENDATION.indexOf(other.recommendation);
    }

    @Override
    public String toString() {
      return "prioritet " + priority + ", " + recommendation;
    }
  }
}
