package se.kommunstod.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.kommunstod.support.IntegrationTest;

/**
 * Tasklist (and its login page) speaks Swedish when the browser asks for it, as served by the app.
 */
@IntegrationTest
class TasklistSwedishIntegrationTest {

  static final String APP = "/camunda/app/tasklist";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  @Test
  void theConfigurationOffersSwedishWithEnglishAsFallback() {
    ResponseEntity<String> config = http.getForEntity(APP + "/scripts/config.js", String.class);
    assertThat(config.getStatusCode().value()).isEqualTo(200);
    assertThat(config.getBody())
        .contains("availableLocales: ['en', 'sv']")
        .contains("fallbackLocale: 'en'");
  }

  @Test
  void theSwedishLocaleTranslatesEveryLabelOfTheEnglishOne() throws Exception {
    JsonNode sv =
        json.readTree(http.getForEntity(APP + "/locales/sv.json", String.class).getBody());
    // Camunda's own en.json: the one served leaves out dateLocales (pages.LocaleFiles), the labels
    // are the same
    String enBody =
        new String(
            new org.springframework.core.io.ClassPathResource(
                    "META-INF/resources/webjars/camunda/app/tasklist/locales/en.json")
                .getInputStream()
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    JsonNode en = json.readTree(enBody.startsWith("\uFEFF") ? enBody.substring(1) : enBody);
    JsonNode served =
        json.readTree(http.getForEntity(APP + "/locales/en.json", String.class).getBody());
    assertThat(keys(served.get("labels"))).isEqualTo(keys(en.get("labels")));

    assertThat(keys(sv.get("labels"))).isEqualTo(keys(en.get("labels")));
    assertThat(keys(sv.get("dateLocales"))).isEqualTo(keys(en.get("dateLocales")));
    assertThat(sv.at("/labels/PAGE_LOGIN_USERNAME").asText()).isEqualTo("Användarnamn");
    assertThat(sv.at("/labels/PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Lösenord");
    assertThat(sv.at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Logga in");
    assertThat(sv.at("/labels/CLAIM_TASK").asText()).isEqualTo("Ta uppgiften");
    assertThat(sv.at("/dateLocales/months/0").asText()).isEqualTo("januari");

    int translated = 0;
    for (String key : keys(en.get("labels"))) {
      if (!sv.get("labels").get(key).asText().equals(en.get("labels").get(key).asText())) {
        translated++;
      }
    }
    // only product names (Cockpit, Tasklist, Camunda), symbols (<, >=) and
    // "Filter"/"Diagram"/"Operator" stay as they are
    assertThat(translated).isGreaterThan(keys(en.get("labels")).size() - 20);
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new HashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
