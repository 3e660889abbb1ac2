package se.kommunstod.supportcase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.PageResponse;
import se.kommunstod.security.Role;

/** Support cases and applications. Cases are opened by the process; applications may be posted. */
@RestController
@Tag(name = "Stödärenden", description = "Support cases and applications")
public class SupportCaseController {

  private final SupportCaseRepository cases;
  private final SupportCaseService caseService;
  private final ApplicationRepository applications;
  private final ApplicationService applicationService;
  private final Access access;

  SupportCaseController(
      SupportCaseRepository cases,
      SupportCaseService caseService,
      ApplicationRepository applications,
      ApplicationService applicationService,
      Access access) {
    this.cases = cases;
    this.caseService = caseService;
    this.applications = applications;
    this.applicationService = applicationService;
    this.access = access;
  }

  @GetMapping("/api/support-cases")
  @Operation(summary = "Stödärenden som du får se / the support cases you may see")
  @Transactional(readOnly = true)
  public PageResponse<SupportCaseView> list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    Pageable pageable = PageRequest.of(page, size, Sort.by("businessKey"));
    List<String> visible = access.readableMunicipalities();
    return PageResponse.of(
        visible == null
            ? cases.findAll(pageable)
            : cases.findByMunicipalityCodeIn(visible, pageable),
        SupportCaseView::of);
  }

  @GetMapping("/api/support-cases/{businessKey}")
  @Operation(summary = "Ett stödärende / one support case")
  @Transactional(readOnly = true)
  public SupportCaseView get(@PathVariable String businessKey) {
    SupportCase supportCase = caseService.readable(businessKey);
    return SupportCaseView.of(supportCase);
  }

  @GetMapping("/api/applications")
  @Operation(summary = "Intresseanmälningar / applications")
  @Transactional(readOnly = true)
  public PageResponse<ApplicationView> applications(
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    Pageable pageable = PageRequest.of(page, size, Sort.by("id"));
    List<String> visible = access.readableMunicipalities();
    return PageResponse.of(
        visible == null
            ? applications.findAll(pageable)
            : applications.findByMunicipalityCodeIn(visible, pageable),
        ApplicationView::of);
  }

  @PostMapping("/api/applications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Lämna en intresseanmälan (kommunens samordnare, Brå) / submit an application")
  public ApplicationView submit(@Valid @RequestBody ApplicationInput input) {
    access.requireWrite(input.municipalityCode(), Role.MUNICIPALITY, Role.BRA);
    return ApplicationView.of(applicationService.submit(input, access.user().userId()));
  }

  public record SupportCaseView(
      Long id,
      String businessKey,
      String municipalityCode,
      String processInstanceId,
      Instant openedAt,
      Instant closedAt) {

    static SupportCaseView of(SupportCase c) {
      return new SupportCaseView(
          c.getId(),
          c.getBusinessKey(),
          c.getMunicipalityCode(),
          c.getProcessInstanceId(),
          c.getOpenedAt(),
          c.getClosedAt());
    }
  }

  public record ApplicationView(
      Long id,
      String municipalityCode,
      String motivation,
      String contactFunction,
      LocalDate submittedOn,
      Set<Long> areaIds,
      String existingWork,
      String capacity) {

    static ApplicationView of(Application a) {
      return new ApplicationView(
          a.getId(),
          a.getMunicipalityCode(),
          a.getMotivation(),
          a.getContactFunction(),
          a.getSubmittedOn(),
          Set.copyOf(a.getAreaIds()),
          a.getExistingWork(),
          a.getCapacity());
    }
  }
}
