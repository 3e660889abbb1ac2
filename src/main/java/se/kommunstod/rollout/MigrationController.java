package se.kommunstod.rollout;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving running cases to the latest model version over REST, for administrators and process
 * managers (scripts/migrate-cases.sh uses it; docs/migration.md explains it). The preview changes
 * nothing; the move needs HTTP Basic like every write (security.ApiAuthenticationFilter).
 */
@RestController
@RequestMapping("/api/admin/migrations")
class MigrationController {

  static final URI REFUSED = URI.create("urn:kommunstod:problem:migration-refused");

  private final CaseMigration migration;
  private final MigrationAccess access;

  MigrationController(CaseMigration migration, MigrationAccess access) {
    this.migration = migration;
    this.access = access;
  }

  /** What moving every running instance of the key would do; nothing changes. */
  @GetMapping("/{processDefinitionKey}/preview")
  MigrationReport preview(@PathVariable String processDefinitionKey) {
    access.requireMayMigrate();
    return migration.preview(processDefinitionKey, MigrationRequest.everything());
  }

  /** The same for a selection of cases; nothing changes. */
  @PostMapping("/{processDefinitionKey}/preview")
  MigrationReport previewSelection(
      @PathVariable String processDefinitionKey,
      @RequestBody(required = false) MigrationRequest request) {
    access.requireMayMigrate();
    return migration.preview(processDefinitionKey, request);
  }

  /**
   * Moves the cases with their called instances, all or nothing; 409 with the reasons if refused.
   */
  @PostMapping("/{processDefinitionKey}/execute")
  MigrationReport execute(
      @PathVariable String processDefinitionKey,
      @RequestBody(required = false) MigrationRequest request) {
    access.requireMayMigrate();
    return migration.execute(processDefinitionKey, request);
  }

  /**
   * RFC 9457 like the rest of /api: detail in Swedish, detail_en in English, and the full report.
   */
  @ExceptionHandler(MigrationRefusedException.class)
  ProblemDetail refused(MigrationRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.messageSv());
    problem.setType(REFUSED);
    problem.setTitle("Ärendena flyttades inte / Cases not moved");
    problem.setProperty("detail_en", e.getMessage());
    problem.setProperty("problems", e.report().problems());
    problem.setProperty("report", e.report());
    return problem;
  }
}
