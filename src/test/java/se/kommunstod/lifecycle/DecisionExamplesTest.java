package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples a process manager keeps next to each decision table ({@code
 * processes/<table>.examples.csv}), run against the table as the engine deploys it. A rule change
 * means editing the table and its examples, not Java.
 *
 * <p>The file: {@code ;}-separated (what a Swedish spreadsheet saves), lines starting with # are
 * comments, the first other line names the columns: an optional {@value #DESCRIPTION}, the table's
 * inputs by their expression (e.g. {@code targetProblem}) and its outputs by name (e.g. {@code
 * suggestedMethod}). Each row gives the inputs and the outputs the table must answer.
 */
class DecisionExamplesTest {

  static final Path PROCESSES = Path.of("processes");
  static final String SUFFIX = ".examples.csv";
  static final String DESCRIPTION = "beskrivning";

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();

  static ProcessEngine engine;
  static String deploymentId;

  @BeforeAll
  static void deployTheTables() throws IOException {
    engine = extension.getProcessEngine();
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("decision-examples");
    for (Path table : tables()) {
      try (InputStream in = Files.newInputStream(table)) {
        deployment.addInputStream(table.getFileName().toString(), in);
      }
    }
    deploymentId = deployment.deploy().getId();
  }

  @AfterAll
  static void removeTheTables() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theTableAnswersAsTheExampleSays(Example example) {
    DmnDecisionResult result =
        engine
            .getDecisionService()
            .evaluateDecisionByKey(example.decisionKey())
            .variables(example.inputs())
            .evaluate();
    Map<String, String> answered = new TreeMap<>();
    if (!result.isEmpty()) {
      result
          .getFirstResult()
          .getEntryMap()
          .forEach((name, value) -> answered.put(name, String.valueOf(value)));
    }
    Map<String, String> expected = new TreeMap<>();
    example
        .outputs()
        .forEach(
            (name, value) -> {
              if (!value.isEmpty()) {
                expected.put(name, value);
              }
            });
    assertThat(answered)
        .as(
            "%s line %d: the table answered %s, the example says %s",
            example.file(), example.line(), answered, expected)
        .isEqualTo(expected);
  }

  @Test
  void everyTableHasExamplesAndEveryRuleIsCoveredByOne() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path table : tables()) {
      Path csv = examplesOf(table);
      if (!Files.exists(csv)) {
        problems.add(table + " has no examples file " + csv.getFileName());
        continue;
      }
      Decision decision = decision(table);
      Set<String> rules = new TreeSet<>();
      decision.getChildElementsByType(DecisionTable.class).iterator().next().getRules().stream()
          .map(Rule::getId)
          .forEach(rules::add);
      for (Example example : read(csv, decision)) {
        engine
            .getDecisionService()
            .evaluateDecisionByKey(example.decisionKey())
            .variables(example.inputs())
            .evaluate();
      }
      Set<String> hit = new TreeSet<>();
      for (HistoricDecisionInstance instance :
          engine
              .getHistoryService()
              .createHistoricDecisionInstanceQuery()
              .decisionDefinitionKey(decision.getId())
              .includeOutputs()
              .list()) {
        instance.getOutputs().stream()
            .map(HistoricDecisionOutputInstance::getRuleId)
            .forEach(hit::add);
      }
      rules.removeAll(hit);
      if (!rules.isEmpty()) {
        problems.add(
            csv.getFileName()
                + ": no example reaches the rules "
                + rules
                + " of "
                + decision.getId());
      }
    }
    assertThat(problems).isEmpty();
  }

  static Stream<Example> examples() throws IOException {
    List<Example> all = new ArrayList<>();
    for (Path table : tables()) {
      all.addAll(read(examplesOf(table), decision(table)));
    }
    return all.stream();
  }

  static List<Path> tables() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList();
    }
  }

  static Path examplesOf(Path table) {
    String name = table.getFileName().toString();
    return table.resolveSibling(name.substring(0, name.length() - ".dmn".length()) + SUFFIX);
  }

  static Decision decision(Path table) {
    DmnModelInstance model = Dmn.readModelFromFile(table.toFile());
    return model.getModelElementsByType(Decision.class).iterator().next();
  }

  /**
   * The rows of one examples file; a column that is neither an input nor an output of the table
   * fails.
   */
  static List<Example> read(Path csv, Decision decision) throws IOException {
    DecisionTable table = decision.getChildElementsByType(DecisionTable.class).iterator().next();
    Map<String, String> inputTypes = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      inputTypes.put(
          input.getInputExpression().getText().getTextContent().trim(),
          input.getInputExpression().getTypeRef());
    }
    Set<String> outputs = new TreeSet<>();
    table.getOutputs().stream().map(Output::getName).forEach(outputs::add);

    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = null;
    List<Example> examples = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = List.of(line.split(";", -1)).stream().map(String::trim).toList();
      if (header == null) {
        header = cells;
        for (String column : header) {
          if (!column.equals(DESCRIPTION)
              && !inputTypes.containsKey(column)
              && !outputs.contains(column)) {
            throw new AssertionError(
                csv.getFileName()
                    + ": column '"
                    + column
                    + "' is neither an input "
                    + inputTypes.keySet()
                    + " nor an output "
                    + outputs
                    + " of "
                    + decision.getId());
          }
        }
        continue;
      }
      if (cells.size() != header.size()) {
        throw new AssertionError(
            csv.getFileName()
                + " line "
                + number
                + " has "
                + cells.size()
                + " cells, the header "
                + header.size());
      }
      Map<String, Object> in = new LinkedHashMap<>();
      Map<String, String> out = new LinkedHashMap<>();
      String description = "";
      for (int i = 0; i < header.size(); i++) {
        String column = header.get(i);
        if (column.equals(DESCRIPTION)) {
          description = cells.get(i);
        } else if (inputTypes.containsKey(column)) {
          in.put(column, typed(cells.get(i), inputTypes.get(column)));
        } else {
          out.put(column, cells.get(i));
        }
      }
      examples.add(
          new Example(
              csv.getFileName().toString(), number, description, decision.getId(), in, out));
    }
    return examples;
  }

  /** A cell as the input's type; an empty cell is no value. */
  static Object typed(String cell, String typeRef) {
    if (cell.isEmpty()) {
      return null;
    }
    return switch (typeRef == null ? "string" : typeRef) {
      case "integer" -> Integer.valueOf(cell);
      case "long" -> Long.valueOf(cell);
      case "double" -> Double.valueOf(cell);
      case "boolean" -> Boolean.valueOf(cell);
      default -> cell;
    };
  }

  record Example(
      String file,
      int line,
      String description,
      String decisionKey,
      Map<String, Object> inputs,
      Map<String, String> outputs) {

    @Override
    public String toString() {
      return file + ":" + line + " " + description;
    }
  }
}
