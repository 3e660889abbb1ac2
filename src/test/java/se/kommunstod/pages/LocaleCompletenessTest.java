package se.kommunstod.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Swedish locale files of Tasklist, Cockpit and Admin are complete against the Camunda version
 * we run: every label of Camunda's own {@code en.json} (from the webjar on the classpath) has
 * Swedish text in our {@code sv.json}, with the same placeholders ({@code {{count}}}, {@code {}})
 * and the same HTML tags, and no label is English left as it was except words that are the same in
 * Swedish (product names, symbols, "Filter", "Status"). A Camunda upgrade that adds labels fails
 * here until {@code tools/webapp-locales.py} (Cockpit, Admin) or Tasklist's sv.json has them.
 */
class LocaleCompletenessTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(a|b|br|code|em|i|p|span|strong)\\b[^>]*>");

  /**
   * Texts that are the same in Swedish: names of products and formats, symbols, words Swedish
   * shares.
   */
  private static final Set<String> SAME_IN_SWEDISH =
      Set.of(
          "<",
          "<=",
          ">",
          ">=",
          "<null>",
          "null",
          "<definition>",
          "<version>",
          "Admin",
          "Cockpit",
          "Tasklist",
          "Camunda",
          "Optimize",
          "CSV",
          "JSON",
          "OK",
          " OK",
          "Ok",
          "Batch",
          "batch",
          "process",
          "Diagram",
          "Element",
          "Filter",
          "Information",
          "Max",
          "Min",
          "Operator",
          "Period:",
          "Status",
          "System",
          "Version",
          "Version:",
          "GLOBAL");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void everyEnglishLabelHasSwedishWithTheSamePlaceholdersAndHtml(String app) throws IOException {
    Map<String, String> english = labels(app, "en");
    Map<String, String> swedish = labels(app, "sv");
    assertThat(english).as("Camunda's en.json of " + app).hasSizeGreaterThan(300);

    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> label : english.entrySet()) {
      String key = label.getKey();
      String en = label.getValue();
      String sv = swedish.get(key);
      if (sv == null || (sv.isBlank() && !en.isBlank())) {
        problems.add(key + ": no Swedish for \"" + en + "\"");
        continue;
      }
      if (!sv.isBlank() && sv.equals(en) && !SAME_IN_SWEDISH.contains(en)) {
        problems.add(key + ": still English \"" + en + "\"");
      }
      if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, sv))) {
        problems.add(
            key + ": placeholders " + all(PLACEHOLDER, en) + " became " + all(PLACEHOLDER, sv));
      }
      if (!all(HTML_TAG, en).equals(all(HTML_TAG, sv))) {
        problems.add(key + ": HTML " + all(HTML_TAG, en) + " became " + all(HTML_TAG, sv));
      }
    }
    for (String key : swedish.keySet()) {
      if (!english.containsKey(key)) {
        problems.add(key + ": in sv.json but not in Camunda's en.json");
      }
    }
    assertThat(problems).as(app + ": " + english.size() + " labels").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void swedishNamesTheDatesInSwedish(String app) throws IOException {
    JsonNode dates = read(app, "sv").path("dateLocales");
    assertThat(dates.path("months").toString()).contains("januari", "december");
    assertThat(dates.path("weekdays").toString()).contains("måndag", "söndag");
    assertThat(dates.path("relativeTime").path("future").asText()).isEqualTo("om %s");
    assertThat(dates.path("relativeTime").path("past").asText()).isEqualTo("för %s sedan");
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }

  private Map<String, String> labels(String app, String language) throws IOException {
    Map<String, String> labels = new TreeMap<>();
    JsonNode node = read(app, language).path("labels");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      labels.put(field.getKey(), field.getValue().asText());
    }
    return labels;
  }

  private JsonNode read(String app, String language) throws IOException {
    String path = LOCALES.formatted(app, language);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path + " on the classpath").isNotNull();
      return json.readTree(in);
    }
  }
}
