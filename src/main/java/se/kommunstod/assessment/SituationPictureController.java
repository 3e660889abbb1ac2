package se.kommunstod.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.PageResponse;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Situation pictures (lägesbilder), their observations and the prioritised problems of a support
 * case, read-only: they are written by completing the needs assessment's tasks in Tasklist (or
 * through the engine REST API), one writer per record.
 */
@RestController
@RequestMapping("/api/support-cases/{businessKey}")
@Tag(
    name = "Lägesbilder",
    description = "Situation pictures, observations and prioritised problems")
public class SituationPictureController {

  private final SupportCaseService cases;
  private final SituationPictureService service;
  private final SituationPictureRepository pictures;

  SituationPictureController(
      SupportCaseService cases,
      SituationPictureService service,
      SituationPictureRepository pictures) {
    this.cases = cases;
    this.service = service;
    this.pictures = pictures;
  }

  @GetMapping("/situation-pictures")
  @Operation(
      summary =
          "Lägesbilder i ärendet med observationer och prioriterade problem / the case's situation pictures")
  @Transactional(readOnly = true)
  public PageResponse<SituationPictureView> list(
      @PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = cases.readable(businessKey);
    return PageResponse.of(
        pictures.findBySupportCaseId(
            supportCase.getId(), PageRequest.of(page, size, Sort.by("recordedAt", "id"))),
        SituationPictureView::of);
  }

  @GetMapping("/problems")
  @Operation(
      summary =
          "Prioriterade problem med orsaker (ur den senaste gemensamma lägesbilden) / prioritised problems")
  @Transactional(readOnly = true)
  public List<ProblemView> problems(@PathVariable String businessKey) {
    cases.readable(businessKey);
    return service.prioritisedProblems(businessKey).stream().map(ProblemView::of).toList();
  }

  public record SituationPictureView(
      Long id,
      Contributor contributor,
      String contributorName,
      String summary,
      Instant recordedAt,
      List<ObservationView> observations,
      List<ProblemView> problems) {

    static SituationPictureView of(SituationPicture p) {
      return new SituationPictureView(
          p.getId(),
          p.getContributor(),
          p.getContributor().swedishName(),
          p.getSummary(),
          p.getRecordedAt(),
          p.getObservations().stream().map(ObservationView::of).toList(),
          p.getProblems().stream().map(ProblemView::of).toList());
    }
  }

  /** An observed problem; {@code areaId} null is the whole municipality. */
  public record ObservationView(
      Long id,
      int position,
      String reference,
      ProblemCategory category,
      String categoryName,
      Long areaId,
      String areaName,
      String place,
      ObservationExtent extent,
      ObservationTrend trend,
      Set<ObservationSource> sources,
      String description) {

    static ObservationView of(Observation o) {
      return new ObservationView(
          o.getId(),
          o.getPosition(),
          o.reference(),
          o.getCategory(),
          o.getCategory() == null ? null : o.getCategory().swedishName(),
          o.getArea() == null ? null : o.getArea().getId(),
          o.getArea() == null ? null : o.getArea().getName(),
          o.getPlace(),
          o.getExtent(),
          o.getTrend(),
          new TreeSet<>(o.getSources()),
          o.getDescription());
    }
  }

  /** A prioritised problem with its causes and the observations it rests on. */
  public record ProblemView(
      Long id,
      int priority,
      String description,
      ProblemCategory category,
      List<CauseView> causes,
      List<Long> observationIds) {

    static ProblemView of(Problem p) {
      return new ProblemView(
          p.getId(),
          p.getPriority(),
          p.getDescription(),
          p.getCategory(),
          p.getCauses().stream().map(CauseView::of).toList(),
          p.getObservations().stream().map(Observation::getId).sorted().toList());
    }
  }

  /** A cause: a side of the crime triangle ({@code factor}) or free text ({@code factor} null). */
  public record CauseView(Long id, int position, CauseFactor factor, String description) {

    static CauseView of(ProblemCause c) {
      return new CauseView(c.getId(), c.getPosition(), c.getFactor(), c.getDescription());
    }
  }
}
