package se.kommunstod.brasupport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.ForbiddenException;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;

/**
 * Brå's own support to a municipality (kunskapshöjande, organisationsutveckling, metodinförande,
 * expertstöd, rådgivning). Only Brå's advisors (and administrators) record it; the municipality
 * reads its own.
 */
@RestController
@Tag(name = "Brås stöd", description = "The support Brå gave each municipality")
public class BraSupportController {

  private final BraSupportService service;
  private final Access access;

  BraSupportController(BraSupportService service, Access access) {
    this.service = service;
    this.access = access;
  }

  @PostMapping("/api/municipalities/{code}/bra-support")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Registrera stöd Brå gett kommunen (Brå) / record support Brå gave the municipality")
  public BraSupportView record(
      @PathVariable String code, @Valid @RequestBody BraSupportInput input) {
    if (!access.user().hasRole(Role.BRA) && !access.user().isAdministrator()) {
      throw new ForbiddenException(
          "Bara Brås rådgivare registrerar Brås stöd.",
          "Only Brå's advisors record Brå's support.");
    }
    return BraSupportView.of(service.record(code, input, access.user().userId()));
  }

  @GetMapping("/api/municipalities/{code}/bra-support")
  @Operation(summary = "Stöd Brå gett kommunen / support Brå gave the municipality")
  public List<BraSupportView> list(@PathVariable String code) {
    access.requireRead(code);
    return service.list(List.of(code)).stream().map(BraSupportView::of).toList();
  }

  public record BraSupportView(
      Long id,
      String municipalityCode,
      SupportKind kind,
      String kindName,
      PartnerAgency partner,
      String partnerName,
      FocusArea focusArea,
      LocalDate givenOn,
      BigDecimal hours,
      String description,
      String recordedBy) {

    static BraSupportView of(BraSupport s) {
      return new BraSupportView(
          s.getId(),
          s.getMunicipalityCode(),
          s.getKind(),
          s.getKind().swedishName(),
          s.getPartner(),
          s.getPartner() == null ? null : s.getPartner().swedishName(),
          s.getFocusArea(),
          s.getGivenOn(),
          s.getHours(),
          s.getDescription(),
          s.getRecordedBy());
    }
  }
}
