package se.kommunstod.monitoring;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stalled steps for the dashboard and for anyone who wants them as JSON. */
@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

  private final MonitoringService service;

  MonitoringController(MonitoringService service) {
    this.service = service;
  }

  /**
   * Stalled steps, worst (longest past its limit) first.
   *
   * @param municipality municipality code, e.g. {@code linkoping}
   * @param process process definition key, e.g. {@code supportCase}
   * @param step activity id, e.g. {@code Task_AssessNeeds}
   * @param role organisation role (candidate group), e.g. {@code police}
   * @param minAgeDays only steps at least this many days past their limit
   */
  @GetMapping("/stalled")
  StalledSteps.Page stalled(
      @RequestParam(required = false) String municipality,
      @RequestParam(required = false) String process,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) Integer minAgeDays,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return service.stalled(
        new StallFilter(
            blankToNull(municipality),
            blankToNull(process),
            blankToNull(step),
            blankToNull(role),
            minAgeDays),
        page,
        size);
  }

  /** Stalled steps counted per step and per municipality, with days-past-limit buckets. */
  @GetMapping("/summary")
  MonitoringService.Summary summary(
      @RequestParam(required = false) String municipality,
      @RequestParam(required = false) String process,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) Integer minAgeDays) {
    return service.summary(
        new StallFilter(
            blankToNull(municipality),
            blankToNull(process),
            blankToNull(step),
            blankToNull(role),
            minAgeDays));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
