package se.kommunstod.admin;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.PoliceLists;
import se.kommunstod.security.CurrentUser;

/**
 * Administration over REST, for members of camunda-admin only (writes need HTTP Basic, see
 * security.ApiAuthenticationFilter). scripts/add-municipality.sh uses it; docs/access.md describes
 * it.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

  private final Administration administration;
  private final IdentityService identityService;
  private final PoliceLists policeLists;

  AdminController(
      Administration administration, IdentityService identityService, PoliceLists policeLists) {
    this.administration = administration;
    this.identityService = identityService;
    this.policeLists = policeLists;
  }

  /**
   * A new police list of utsatta områden as CSV (columns: PoliceLists.COLUMNS), so a new list needs
   * no code change: the rows are added beside the earlier lists and prioritisation uses them from
   * the next application on. A wrong row refuses the whole file (400, Swedish message per row).
   */
  @PostMapping(
      value = "/police-lists",
      consumes = {"text/csv", "text/plain"})
  ResponseEntity<PoliceLists.Imported> importPoliceList(@RequestBody(required = false) String csv) {
    requireAdministrator();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(policeLists.importCsv(csv, CurrentUser.of(identityService).userId()));
  }

  @GetMapping("/municipalities")
  List<MunicipalityView> municipalities() {
    requireAdministrator();
    return administration.municipalities().stream().map(MunicipalityView::of).toList();
  }

  @PutMapping("/municipalities/{code}")
  ResponseEntity<MunicipalityView> saveMunicipality(
      @PathVariable String code, @RequestBody MunicipalityInput input) {
    requireAdministrator();
    Administration.Saved saved =
        administration.saveMunicipality(code, input.name(), input.policeRegion());
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(MunicipalityView.of(saved.municipality()));
  }

  @PutMapping("/municipalities/{code}/people/{userId}")
  ResponseEntity<Void> savePerson(
      @PathVariable String code,
      @PathVariable String userId,
      @RequestBody Administration.Person person) {
    requireAdministrator();
    administration.savePerson(code, person.withUserId(userId));
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/police-regions/{groupId}/people/{userId}")
  ResponseEntity<Void> saveRegionPolice(
      @PathVariable String groupId,
      @PathVariable String userId,
      @RequestBody Administration.Person person) {
    requireAdministrator();
    administration.saveRegionPolice(groupId, person.withUserId(userId));
    return ResponseEntity.noContent().build();
  }

  private void requireAdministrator() {
    if (!CurrentUser.of(identityService).isAdministrator()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Endast administratörer (camunda-admin) får administrera.");
    }
  }

  record MunicipalityInput(String name, String policeRegion) {}

  record MunicipalityView(String code, String name, String policeRegion) {
    static MunicipalityView of(Municipality m) {
      return new MunicipalityView(m.getCode(), m.getName(), m.getPoliceRegion());
    }
  }
}
