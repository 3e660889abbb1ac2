package se.kommunstod.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.PageResponse;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Indicators (uppföljning) and their series, read-only. One writer per record: the kick-off's
 * action plan defines the indicators and the case's task "Följ upp indikatorer" records their
 * values; neither is written here.
 */
@RestController
@Tag(name = "Indikatorer", description = "Indicators and measured values")
public class IndicatorController {

  private final SupportCaseService cases;
  private final IndicatorRepository indicators;

  IndicatorController(SupportCaseService cases, IndicatorRepository indicators) {
    this.cases = cases;
    this.indicators = indicators;
  }

  @GetMapping("/api/support-cases/{businessKey}/indicators")
  @Operation(summary = "Ärendets indikatorer med värden / the case's indicators with values")
  @Transactional(readOnly = true)
  public PageResponse<IndicatorView> list(
      @PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = cases.readable(businessKey);
    return PageResponse.of(
        indicators.findBySupportCaseId(
            supportCase.getId(), PageRequest.of(page, size, Sort.by("id"))),
        IndicatorView::of);
  }

  /**
   * An indicator's definition and its series (values by date), as the follow-up task recorded them.
   */
  public record IndicatorView(
      Long id,
      String name,
      String unit,
      String source,
      BigDecimal baseline,
      BigDecimal target,
      IndicatorDirection direction,
      List<ValueView> values) {

    static IndicatorView of(Indicator i) {
      return new IndicatorView(
          i.getId(),
          i.getName(),
          i.getUnit(),
          i.getSource(),
          i.getBaseline(),
          i.getTarget(),
          i.getDirection(),
          i.getValues().stream().map(ValueView::of).toList());
    }
  }

  public record ValueView(LocalDate measuredOn, BigDecimal value, String comment) {

    static ValueView of(IndicatorValue v) {
      return new ValueView(v.getMeasuredOn(), v.getValue(), v.getComment());
    }
  }
}
