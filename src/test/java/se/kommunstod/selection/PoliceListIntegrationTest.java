package se.kommunstod.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.lifecycle.ProgrammeRounds;
import se.kommunstod.support.IntegrationTest;

/**
 * A new police list arrives as CSV through the admin API (as scripts/import-police-list.sh sends
 * it) and the next application is prioritised on it, without a restart; the earlier list stays as
 * history, and a wrong file changes nothing. On the real engine and PostgreSQL; the municipality is
 * the test's own, so the shared reference data is untouched.
 */
@IntegrationTest
class PoliceListIntegrationTest {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<Map<String, Object>> MAP =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ProgrammeRounds programmeRounds;

  final String code = "provkommun-" + Long.toString(System.nanoTime(), 36);

  @Test
  void aNewListChangesTheNextPrioritisationAndKeepsTheOldOne() {
    assertThat(
            send(
                    "admin",
                    HttpMethod.PUT,
                    "/api/admin/municipalities/" + code,
                    MediaType.APPLICATION_JSON,
                    "{\"name\":\"Provkommunen\",\"policeRegion\":\"polisregion-ost\"}")
                .getStatusCode()
                .value())
        .isEqualTo(201);

    ResponseEntity<String> first =
        importList(
            "listår;kommun;område;polisregion;klassning;källa;verifierad\n"
                + "2023;"
                + code
                + ";Provområdet;;Utsatt område;\"Polisens lägesbild 2023; testdata\";ja\n");
    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
    assertThat(first.getBody()).contains("\"rows\":1").contains("\"newAreas\":1");
    Long areaId = area().get("id") instanceof Number n ? n.longValue() : null;

    String round = "stodomgang-lista-" + code;
    programmeRounds.start(round, Map.of("reportDeadline", "2030-06-10"));
    handIn(round, application(areaId));
    assertThat(compared(round))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a)
                    .containsEntry("policeClassification", "utsatt")
                    .containsEntry("priority", 2)
                    .containsEntry("recommendation", "overvag")
                    .containsEntry("areas", "Provområdet: Utsatt område (2023)"));

    // the police's next list: the area is now a riskområde (as a code this time, comma separated)
    ResponseEntity<String> second =
        importList(
            "listår,kommun,område,polisregion,klassning,källa,verifierad\n"
                + "2025,"
                + code
                + ",Provområdet,Region Öst,riskomrade,Polisens lägesbild 2025 (testdata),nej\n");
    assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(201);

    handIn(round, application(areaId));
    List<Map<String, Object>> both = compared(round);
    assertThat(both)
        .extracting(
            a -> a.get("policeClassification"),
            a -> a.get("priority"),
            a -> a.get("recommendation"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("riskomrade", 1, "bevilja"),
            org.assertj.core.groups.Tuple.tuple("utsatt", 2, "overvag"));
    assertThat((String) both.get(0).get("rule")).startsWith("Regel 8 (Rule_8): ");

    // both lists are kept; the current one is the latest
    Map<String, Object> area = area();
    assertThat(area)
        .containsEntry("classification", "RISK")
        .containsEntry("classificationYear", 2025)
        .containsEntry("verified", false)
        .containsEntry("source", "Polisens lägesbild 2025 (testdata)");
    assertThat((List<Map<String, Object>>) area.get("lists"))
        .extracting(
            l -> l.get("listYear"), l -> l.get("classification"), l -> l.get("policeRegion"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2023, "VULNERABLE", "Region Öst"),
            org.assertj.core.groups.Tuple.tuple(2025, "RISK", "Region Öst"));
  }

  @Test
  void aWrongFileIsRefusedInSwedishAndChangesNothing() {
    assertThat(
            send(
                    "admin",
                    HttpMethod.PUT,
                    "/api/admin/municipalities/" + code,
                    MediaType.APPLICATION_JSON,
                    "{\"name\":\"Provkommunen\",\"policeRegion\":\"polisregion-ost\"}")
                .getStatusCode()
                .value())
        .isEqualTo(201);
    String header = "listår;kommun;område;polisregion;klassning;källa;verifierad\n";

    ResponseEntity<String> refused =
        importList(
            header
                + "2025;"
                + code
                + ";Nytt område;;utsatt;Polisen 2025;ja\n"
                + "2025;"
                + code
                + ";Annat område;;mycket utsatt;Polisen 2025;ja\n"
                + "2025;finnsinte;Torget;;riskomrade;Polisen 2025;ja\n"
                + "20x5;"
                + code
                + ";Tredje;;utsatt;;kanske\n");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody())
        .contains("Polisens lista lästes inte in, inget har ändrats")
        .contains("rad 3: klassningen 'mycket utsatt' är okänd")
        .contains("rad 4: det finns ingen kommun med kod 'finnsinte'")
        .contains("rad 5: liståret '20x5' är inte ett årtal")
        .contains("rad 5: källan saknas")
        .contains("rad 5: verifierad ska vara ja eller nej");
    assertThat(areas()).as("the valid first row was not stored either").isEmpty();

    assertThat(importList("kommun;område\n" + code + ";X\n").getBody())
        .contains("rad 1: rubrikerna ska vara");
    assertThat(importList("").getBody()).contains("filen är tom");

    // a list year that is already imported is not changed afterwards
    assertThat(
            importList(header + "2025;" + code + ";Nytt område;;utsatt;Polisen 2025;ja\n")
                .getStatusCode()
                .value())
        .isEqualTo(201);
    ResponseEntity<String> again =
        importList(header + "2025;" + code + ";Nytt område;;sarskilt-utsatt;Polisen;ja\n");
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(again.getBody()).contains("finns redan i polisens lista för 2025");
    assertThat(areas())
        .singleElement()
        .satisfies(a -> assertThat(a).containsEntry("classification", "VULNERABLE"));

    // only administrators import lists
    assertThat(
            send(
                    "radgivare",
                    HttpMethod.POST,
                    "/api/admin/police-lists",
                    new MediaType("text", "csv"),
                    header + "2027;" + code + ";Nytt område;;utsatt;Polisen 2027;ja\n")
                .getStatusCode()
                .value())
        .isEqualTo(403);
  }

  private Long application(Long areaId) {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/api/applications",
                HttpMethod.POST,
                json(
                    Map.of(
                        "municipalityCode",
                        code,
                        "motivation",
                        "Vi vill arbeta kunskapsbaserat i området.",
                        "contactFunction",
                        "Trygghetssamordnare",
                        "submittedOn",
                        LocalDate.now().minusDays(1).toString(),
                        "areaIds",
                        List.of(areaId),
                        "existingWork",
                        "paborjat",
                        "capacity",
                        "god")),
                MAP);
    assertThat(created.getStatusCode().value())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(201);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private void handIn(String round, Long applicationId) {
    ResponseEntity<String> answer =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/api/programme-rounds/" + round + "/applications",
                HttpMethod.POST,
                json(Map.of("applicationId", applicationId, "expectedEffect", "hog")),
                String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
  }

  private List<Map<String, Object>> compared(String round) {
    return http.withBasicAuth("radgivare", "demo")
        .exchange("/api/programme-rounds/" + round + "/applications", HttpMethod.GET, null, LIST)
        .getBody();
  }

  private List<Map<String, Object>> areas() {
    Map<String, Object> municipality =
        http.withBasicAuth("radgivare", "demo")
            .exchange("/api/municipalities/" + code, HttpMethod.GET, null, MAP)
            .getBody();
    return (List<Map<String, Object>>) municipality.get("areas");
  }

  private Map<String, Object> area() {
    return areas().stream()
        .filter(a -> "Provområdet".equals(a.get("name")))
        .findFirst()
        .orElseThrow();
  }

  private ResponseEntity<String> importList(String csv) {
    return send(
        "admin",
        HttpMethod.POST,
        "/api/admin/police-lists",
        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
        csv);
  }

  private ResponseEntity<String> send(
      String user, HttpMethod method, String path, MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return http.withBasicAuth(user, "demo")
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
