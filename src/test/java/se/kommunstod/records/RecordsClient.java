package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * HTTP helpers for tests that act as real users: the engine REST API and /api with Basic
 * authentication; the demo users' password unless one was given for a user.
 */
public final class RecordsClient {

  static final String PASSWORD = "demo";
  static final ParameterizedTypeReference<Map<String, Object>> MAP =
      new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;
  private final Map<String, String> passwords = new java.util.HashMap<>();

  public RecordsClient(TestRestTemplate http) {
    this.http = http;
  }

  /** Users created by a test with a password of their own. */
  public RecordsClient withPassword(String user, String password) {
    passwords.put(user, password);
    return this;
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, passwords.getOrDefault(user, PASSWORD));
  }

  public ResponseEntity<Map<String, Object>> get(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, MAP);
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, LIST);
  }

  public ResponseEntity<Map<String, Object>> send(
      String user, HttpMethod method, String path, Object body) {
    return as(user).exchange(path, method, json(body), MAP);
  }

  public ResponseEntity<Map<String, Object>> sendRaw(
      String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange(path, method, new HttpEntity<>(body, headers), MAP);
  }

  /** The one open task of the instance, as the given user sees it through the engine REST API. */
  public String taskId(String user, String processInstanceId, String taskDefinitionKey) {
    List<Map<String, Object>> tasks =
        getList(
                user,
                "/engine-rest/task?processInstanceId="
                    + processInstanceId
                    + "&taskDefinitionKey="
                    + taskDefinitionKey)
            .getBody();
    if (tasks == null || tasks.size() != 1) {
      throw new AssertionError(user + " sees " + tasks + " for " + taskDefinitionKey);
    }
    return (String) tasks.get(0).get("id");
  }

  /** Completes a task through the engine REST API with string/typed form variables. */
  public ResponseEntity<Map<String, Object>> complete(
      String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new java.util.LinkedHashMap<>();
    variables.forEach(
        (name, value) ->
            typed.put(
                name, Map.of("value", value, "type", value instanceof Number ? "Long" : "String")));
    return send(
        user,
        HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", typed));
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** A page's records ({@code content}); asserts the answer was 200. */
  public static List<Map<String, Object>> content(ResponseEntity<Map<String, Object>> page) {
    assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
    return content(page.getBody());
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> content(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("content");
  }

  /** A list of records nested in a record, e.g. a meeting's {@code actionItems}. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> list(Map<String, Object> record, String field) {
    return (List<Map<String, Object>>) record.get(field);
  }
}
