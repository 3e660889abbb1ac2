package se.kommunstod.admin;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import se.kommunstod.engine.IdentitySetup;
import se.kommunstod.engine.MunicipalityAccess;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.municipality.PoliceRegion;
import se.kommunstod.municipality.PoliceRegionRepository;
import se.kommunstod.security.Role;

/**
 * Adds municipalities and their people without a code change. Every input is checked before
 * anything is written, and each call is one transaction: bad input changes nothing. Calls are
 * idempotent, so a script can be run again.
 */
@Service
public class Administration {

  /** Municipality codes become tenant ids: lower case letters, digits and dashes. */
  static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** User ids as Camunda accepts them here (see general-resource-whitelist-pattern). */
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");

  static final int MIN_PASSWORD_LENGTH = 8;

  /** Roles a person has for one municipality; Brå advisors are added in Camunda Admin. */
  static final List<Role> MUNICIPALITY_ROLES =
      List.of(
          Role.MUNICIPALITY,
          Role.POLICE,
          Role.SOCIAL_SERVICES,
          Role.HOUSING_COMPANY,
          Role.COUNTY_BOARD);

  private final MunicipalityRepository municipalities;
  private final PoliceRegionRepository policeRegions;
  private final MunicipalityAccess access;
  private final IdentitySetup identity;
  private final IdentityService identityService;

  Administration(
      MunicipalityRepository municipalities,
      PoliceRegionRepository policeRegions,
      MunicipalityAccess access,
      IdentitySetup identity,
      IdentityService identityService) {
    this.municipalities = municipalities;
    this.policeRegions = policeRegions;
    this.access = access;
    this.identity = identity;
    this.identityService = identityService;
  }

  public List<Municipality> municipalities() {
    return municipalities.findAll();
  }

  /**
   * Creates the municipality and its tenant; {@code created} is false if it existed with the same
   * data.
   */
  @Transactional
  public Saved saveMunicipality(String code, String name, String policeRegion) {
    if (code == null || !CODE.matcher(code).matches() || code.length() > 40) {
      throw badRequest(
          "Ogiltig kommunkod '"
              + code
              + "': använd små bokstäver a–z, siffror och bindestreck, "
              + "till exempel 'norrkoping'.");
    }
    if (name == null || name.isBlank() || name.length() > 120) {
      throw badRequest("Kommunens namn saknas eller är längre än 120 tecken.");
    }
    PoliceRegion region = policeRegion(policeRegion);
    Municipality existing = municipalities.findById(code).orElse(null);
    if (existing != null
        && (!existing.getName().equals(name.trim())
            || !existing.getPoliceRegion().equals(region.getName()))) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "Kommunen '"
              + code
              + "' finns redan som '"
              + existing.getName()
              + "' i "
              + existing.getPoliceRegion()
              + ".");
    }
    Municipality municipality =
        existing != null
            ? existing
            : municipalities.save(new Municipality(code, name.trim(), region.getName()));
    access.open(municipality);
    return new Saved(municipality, existing == null);
  }

  public record Saved(Municipality municipality, boolean created) {}

  /** Adds a person working in a role for a municipality; creates the user if absent. */
  @Transactional
  public void savePerson(String municipalityCode, Person person) {
    if (!municipalities.existsById(municipalityCode)) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "Kommunen '" + municipalityCode + "' finns inte.");
    }
    Role role = municipalityRole(person.role());
    checkAndCreateUser(person);
    access.addPerson(person.userId(), role, municipalityCode);
  }

  /** Adds a police officer who works for a whole police region; creates the user if absent. */
  @Transactional
  public void saveRegionPolice(String regionGroupId, Person person) {
    PoliceRegion region =
        policeRegions
            .findById(regionGroupId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Polisregionen '" + regionGroupId + "' finns inte."));
    checkAndCreateUser(person);
    access.addRegionPolice(person.userId(), region);
  }

  private void checkAndCreateUser(Person person) {
    if (person.userId() == null || !USER_ID.matcher(person.userId()).matches()) {
      throw badRequest(
          "Ogiltigt användarnamn '"
              + person.userId()
              + "': bokstäver och siffror, med punkt, bindestreck eller understreck emellan.");
    }
    boolean exists = identityService.createUserQuery().userId(person.userId()).count() > 0;
    if (!exists) {
      if (person.firstName() == null || person.firstName().isBlank()) {
        throw badRequest("Förnamn saknas för den nya användaren '" + person.userId() + "'.");
      }
      if (person.password() == null || person.password().length() < MIN_PASSWORD_LENGTH) {
        throw badRequest(
            "Den nya användaren '"
                + person.userId()
                + "' behöver ett lösenord på minst "
                + MIN_PASSWORD_LENGTH
                + " tecken.");
      }
      identity.user(
          person.userId(),
          person.firstName().trim(),
          person.lastName() == null ? "" : person.lastName().trim(),
          blankToNull(person.email()),
          person.password());
    }
  }

  private PoliceRegion policeRegion(String value) {
    if (value == null || value.isBlank()) {
      throw badRequest("Polisregion saknas. Giltiga: " + regionNames() + ".");
    }
    return policeRegions
        .findById(value.trim())
        .or(() -> policeRegions.findByName(value.trim()))
        .orElseThrow(
            () -> badRequest("Okänd polisregion '" + value + "'. Giltiga: " + regionNames() + "."));
  }

  private String regionNames() {
    return String.join(
        ", ",
        policeRegions.findAll().stream()
            .map(r -> r.getGroupId() + " (" + r.getName() + ")")
            .sorted()
            .toList());
  }

  private static Role municipalityRole(String groupId) {
    return MUNICIPALITY_ROLES.stream()
        .filter(r -> r.groupId().equals(groupId))
        .findFirst()
        .orElseThrow(
            () ->
                badRequest(
                    "Okänd roll '"
                        + groupId
                        + "'. Giltiga: "
                        + String.join(", ", MUNICIPALITY_ROLES.stream().map(Role::groupId).toList())
                        + "."));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }

  /** A person as given to the administration API; password only used to create a new user. */
  public record Person(
      String userId,
      String firstName,
      String lastName,
      String email,
      String role,
      String password) {

    Person withUserId(String id) {
      return new Person(id, firstName, lastName, email, role, password);
    }

    @Override
    public String toString() {
      return "Person[" + userId + ", " + role + "]";
    }
  }
}
