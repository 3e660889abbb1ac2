package se.kommunstod.supportcase;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.municipality.MunicipalityRepository;

/** Brå's decisions on applications in a support round; written by the programme's decision task. */
@Service
@Transactional
public class ApplicationDecisionService {

  private final ApplicationDecisionRepository decisions;
  private final MunicipalityRepository municipalities;
  private final InputValidation validation;

  public ApplicationDecisionService(
      ApplicationDecisionRepository decisions,
      MunicipalityRepository municipalities,
      InputValidation validation) {
    this.decisions = decisions;
    this.municipalities = municipalities;
    this.validation = validation;
  }

  public ApplicationDecision record(
      String roundKey, ApplicationDecisionInput input, LocalDate decidedOn) {
    validation.check(input);
    if (roundKey == null || roundKey.isBlank()) {
      throw new InvalidInputException(
          "roundKey",
          "Stödomgången saknar affärsnyckel.",
          "The support round has no business key.");
    }
    if (!municipalities.existsById(input.municipalityCode())) {
      throw new InvalidInputException(
          "municipalityCode",
          "Det finns ingen kommun med kod '" + input.municipalityCode() + "'.",
          "There is no municipality with code '" + input.municipalityCode() + "'.");
    }
    return decisions.save(new ApplicationDecision(roundKey, input, decidedOn));
  }

  /** The round's decisions, for the given municipalities (null: all). */
  @Transactional(readOnly = true)
  public List<ApplicationDecision> decisions(String roundKey, List<String> municipalityCodes) {
    return municipalityCodes == null
        ? decisions.findByRoundKeyOrderByIdAsc(roundKey)
        : decisions.findByRoundKeyAndMunicipalityCodeInOrderByIdAsc(roundKey, municipalityCodes);
  }
}
