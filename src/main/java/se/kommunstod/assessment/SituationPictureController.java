package se.kommunstod.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.PageResponse;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/** Situation pictures (lägesbilder) and the prioritised problems of a support case. */
@RestController
@RequestMapping("/api/support-cases/{businessKey}")
@Tag(name = "Lägesbilder", description = "Situation pictures and prioritised problems")
public class SituationPictureController {

  private final SupportCaseService cases;
  private final SituationPictureService service;
  private final SituationPictureRepository pictures;
  private final Access access;

  SituationPictureController(SupportCaseService cases, SituationPictureService service,
      SituationPictureRepository pictures, Access access) {
    this.cases = cases;
    this.service = service;
    this.pictures = pictures;
    this.access = access;
  }

  @GetMapping("/situation-pictures")
  @Operation(summary = "Lägesbilder i ärendet / the case's situation pictures")
  @Transactional(readOnly = true)
  public PageResponse<SituationPictureView> list(@PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = readable(businessKey);
    return PageResponse.of(pictures.findBySupportCaseId(supportCase.getId(),
        PageRequest.of(page, size, Sort.by("recordedAt", "id"))), SituationPictureView::of);
  }

  @PostMapping("/situation-pictures")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Lämna en lägesbild (organisationens egen roll; den gemensamma: samordnare eller Brå) / "
      + "record a situation picture")
  @Transactional
  public SituationPictureView record(@PathVariable String businessKey, @Valid @RequestBody SituationPictureInput input) {
    SupportCase supportCase = cases.require(businessKey);
    if (input.contributor() == Contributor.JOINT) {
      access.requireWrite(supportCase.getMunicipalityCode(), Role.MUNICIPALITY, Role.BRA);
    } else {
      access.requireWrite(supportCase.getMunicipalityCode(), input.contributor().role());
    }
    return SituationPictureView.of(service.record(businessKey, input));
  }

  @GetMapping("/problems")
  @Operation(summary = "Prioriterade problem (ur den senaste gemensamma lägesbilden) / prioritised problems")
  @Transactional(readOnly = true)
  public List<ProblemView> problems(@PathVariable String businessKey) {
    readable(businessKey);
    return service.prioritisedProblems(businessKey).stream().map(ProblemView::of).toList();
  }

  private SupportCase readable(String businessKey) {
    SupportCase supportCase = cases.require(businessKey);
    access.requireRead(supportCase.getMunicipalityCode());
    return supportCase;
  }

  public record SituationPictureView(Long id, Contributor contributor, String summary, Instant recordedAt,
      List<ProblemView> problems) {

    static SituationPictureView of(SituationPicture p) {
      return new SituationPictureView(p.getId(), p.getContributor(), p.getSummary(), p.getRecordedAt(),
          p.getProblems().stream().map(ProblemView::of).toList());
    }
  }

  public record ProblemView(Long id, int priority, String description, ProblemCategory category) {

    static ProblemView of(Problem p) {
      return new ProblemView(p.getId(), p.getPriority(), p.getDescription(), p.getCategory());
    }
  }
}
