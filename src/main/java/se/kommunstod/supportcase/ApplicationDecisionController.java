package se.kommunstod.supportcase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;

/** Brå's decisions on applications in a support round; a municipality's people see their own. */
@RestController
@Tag(name = "Stödomgångar", description = "Decisions on applications in a support round")
public class ApplicationDecisionController {

  private final ApplicationDecisionService service;
  private final Access access;

  ApplicationDecisionController(ApplicationDecisionService service, Access access) {
    this.service = service;
    this.access = access;
  }

  @GetMapping("/api/programme-rounds/{roundKey}/decisions")
  @Operation(
      summary = "Stödomgångens beslut om ansökningar / the round's decisions on applications")
  @Transactional(readOnly = true)
  public List<DecisionView> decisions(@PathVariable String roundKey) {
    return service.decisions(roundKey, access.readableMunicipalities()).stream()
        .map(DecisionView::of)
        .toList();
  }

  public record DecisionView(
      Long id,
      String municipalityCode,
      String policeClassification,
      Integer priority,
      String recommendation,
      String rule,
      ApplicationDecision.Verdict decision,
      String motivation,
      LocalDate decidedOn,
      Long roundApplicationId) {

    static DecisionView of(ApplicationDecision d) {
      return new DecisionView(
          d.getId(),
          d.getMunicipalityCode(),
          d.getPoliceClassification(),
          d.getPriority(),
          d.getRecommendation(),
          d.getRule(),
          d.getDecision(),
          d.getMotivation(),
          d.getDecidedOn(),
          d.getRoundApplicationId());
    }
  }
}
